import { ABSENT_HEADING, AGENDA, DECIDED, PRESENT_HEADING, QUESTION_NEW, VOTE_LABELS } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A protocol typed as one paragraph ("…; присутствовали члены президиума: …; отсутствовали: …; повестка дня: 1) …;
 * 2) …. По первому вопросу …, решили: …, голосовали: за – 5, …") has every construct on one line, and each reader
 * reads a line as one construct. Such a paragraph is cut into its clauses — at semicolons, at the ends of sentences and
 * before "решили:" / "голосовали:" — each on a line of its own, `numbers` keeping the line of the text. Only a long line
 * holding two constructs or more is cut: a speech's paragraph stays whole (a sentence of it is no heading).
 */
export function splitParagraphs(lines: string[]): { lines: string[]; numbers: number[] } {
  const out: string[] = [];
  const numbers: number[] = [];
  lines.forEach((line, k) => {
    const kinds = line.length >= SHORT ? constructs(line) : 0;
    const parts = kinds >= 3 || (kinds >= 2 && line.length >= LONG) ? clauses(line) : [line];
    for (const part of parts) {
      out.push(part);
      numbers.push(k + 1);
    }
  });
  return { lines: out, numbers };
}

/** Shorter lines are a heading, a list item or a sentence of their own; a line holding three constructs is cut from SHORT on. */
const LONG = 300;
const SHORT = 120;

const MARKERS = [
  `(?:${PRESENT_HEADING}|${ABSENT_HEADING})[\\p{L}\\s]{0,40}:`,
  `(?<![\\p{L}])${AGENDA}\\s*:\\s*\\d{1,2}\\s*[.)]`,
  `(?<![\\p{L}])(?:голосовал[\\p{L}]*|проголосовал[\\p{L}]*|дауыс\\s+беру[\\p{L}\\s]{0,15})\\s*:`,
  `(?<![\\p{L}])${DECIDED}\\s*:`,
  QUESTION_NEW,
  VOTE_LABELS.filter((l) => l.category === 'against').map((l) => l.source).join('|'),
].map((source) => re(source));

/** How many kinds of construct the line holds: a list heading, an inline agenda, a vote, a decision, a question. */
function constructs(line: string): number {
  return MARKERS.filter((m) => m.test(line)).length;
}

/** Abbreviations a full stop follows inside a sentence: "г. Каскелен", "ул. Абылай хана", "с. Иргели", "каб. 305". */
const ABBREVIATION = /(?:^|[\s(«"])(?:г|гг|ул|с|п|пос|мкр|пр|каб|им|обл|р-н|тел|вх|исх|стр|т|д|см|млн|млрд|тыс|руб|тг|ж|жж|көш|ауд|обл)$/iu;
/** An initial: "Абдрахманов Б.К. (онлайн)" — a capital alone before the stop. */
const INITIAL = /(?:^|[\s.(])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]$/u;
const DECIDED_OR_VOTED = re(`^\\s*(?:голосовал[\\p{L}]*|проголосовал[\\p{L}]*|дауыс\\s+беру[\\p{L}\\s]{0,15}|${DECIDED})\\s*:`);

/** "…, Сидоров С.С. Повестка дня: 1) …": a heading after initials opens a clause all the same. */
const OPENS_CONSTRUCT = re(`^\\s+(?:${[PRESENT_HEADING, ABSENT_HEADING, AGENDA, DECIDED, QUESTION_NEW, 'голосовал[\\p{L}]*', 'дауыс\\s+беру'].join('|')})[\\p{L}\\s]{0,40}:`);

/** The clauses of a paragraph: cut at "; ", at a sentence's end (not after an initial or an abbreviation), before ", решили:"; never inside brackets. */
function clauses(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(' || ch === '«') depth++;
    else if ((ch === ')' || ch === '»') && depth > 0) depth--;
    if (depth > 0 || !/\s/.test(line[i + 1] ?? '')) continue;
    const rest = line.slice(i + 1);
    const before = line.slice(start, i);
    const cut = ch === ';'
      || (/[.!?]/.test(ch) && /^\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"]|\d{1,2}\s*[.)]\s)/u.test(rest)
        && ((!ABBREVIATION.test(before) && !INITIAL.test(before)) || OPENS_CONSTRUCT.test(rest)))
      || (ch === ',' && DECIDED_OR_VOTED.test(rest));
    if (!cut) continue;
    parts.push(line.slice(start, i + 1));
    start = i + 1;
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
