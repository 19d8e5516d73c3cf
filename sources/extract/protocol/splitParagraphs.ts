import { ABSENT_HEADING, AGENDA, DECIDED, PRESENT_HEADING, QUESTION_NEW, VOTE_LABELS } from './lexicon.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';
import { voteClauses } from './voteClauses.ts';
import { csvRunOnRows } from '../csvRunOnRows.ts';

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
    // A CSV export a PDF ran into one line: a row a line, a tab between cells; its header above, a line of its own,
    // given its tabs too (csvRunOnRows.ts).
    const rows = csvRunOnRows(line, lines[k - 1] ?? '');
    if (rows !== null) {
      const head = out.length > 0 && numbers[numbers.length - 1] === k && out[out.length - 1] === lines[k - 1] ? out.length - 1 : -1;
      if (head >= 0 && !rows[0].startsWith(lines[k - 1].split(';')[0].trim())) out[head] = lines[k - 1].split(';').map((c) => c.trim()).join('\t');
      for (const row of rows) {
        out.push(row);
        numbers.push(k + 1);
      }
      return;
    }
    const kinds = line.length >= SHORT ? constructs(line) : 0;
    // A web page's copy runs a list on inline under its heading ("Қатысқандар: 1. … – төраға 2. …"): one construct,
    // but a list of lines all the same.
    const parts = kinds >= 3 || (kinds >= 2 && line.length >= LONG) || (line.length >= SHORT && INLINE_LIST.test(line)) ? clauses(line)
      : listUnderHeading(line, lines[k - 1] ?? '') ?? firstItemApart(line);
    // A sentence of narrative telling two votes, or too long for its vote to be read, is cut at its vote's clauses.
    for (const part of parts.flatMap(voteClauses)) {
      out.push(part);
      numbers.push(k + 1);
    }
  });
  return { lines: out, numbers };
}

/**
 * "Присутствовали: 1. Иванов Иван Иванович – председатель", the list going on below: the first person typed on the
 * heading's line is the list's first item — not a count of 1 present, and not lost. The heading goes on a line of its
 * own, the item on the next (both keeping the text's line).
 */
const PERSONS_HEADING = re(`^\\s*(?:${PRESENT_HEADING}|${ABSENT_HEADING})[\\p{L}\\s]{0,40}:\\s*(?=1\\s*[.)])`);
const FIRST_PERSON = /^1\s*[.)]\s*[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\p{L}'’-]+\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]/u;

function firstItemApart(line: string): string[] {
  const m = PERSONS_HEADING.exec(line);
  if (!m || re(AGENDA).test(m[0]) || !FIRST_PERSON.test(line.slice(m[0].length))) return [line];
  return [m[0].trim(), line.slice(m[0].length).trim()];
}

/**
 * A heading over a list, alone on its line: "Присутствовали члены Совета:", "Отсутствовали:", "ПОВЕСТКА ДНЯ", "Күн тәртібі:";
 * or the last sentence of its line, a few words before its verb: "Состав Совета – 9 человек. На заседании присутствовали 7
 * членов совета:", "Кеңес құрамы – 9. Отырысқа кеңестің 7 мүшесі қатысты:".
 */
const LIST_HEADING = re(`(?:^|[.;]\\s+)\\s*(?:(?:[\\p{L}\\d]+\\s+){0,4}?(?:${PRESENT_HEADING}|${ABSENT_HEADING})[^.;:]{0,60}:|${AGENDA}\\s*:?)\\s*$`);
const FIRST_ITEM = /^\s*1\s*[.)]\s/u;

/**
 * A list under its heading whose items a PDF's justified paragraph ran into one line ("1. Дюсенов М.К. – председатель Совета
 * 2. Лещенко И.В. – секретарь Совета 3. Ахметова Б.С. …", "1. Калиакпаров Н.С. – болезнь; 2. Сулейменов Ж.А. – …"): cut
 * before each number that comes next in the list, after a space; null when the line is no such list (a "2." out of sequence
 * or farther than an item runs is the text's).
 */
function listUnderHeading(line: string, above: string): string[] | null {
  if (!FIRST_ITEM.test(line) || !LIST_HEADING.test(above)) return null;
  const cuts: number[] = [];
  for (let no = 2, at = 0; ; no++) {
    // (An item opens with a capital — a name, a question — and no "№" stands before its number: "комиссии № 2. " is no item.)
    const next = new RegExp(`(?<!№)\\s${no}\\s*[.)]\\s+(?=[\\p{Lu}«"])`, 'u').exec(line.slice(at + 1, at + 1 + ITEM_SPAN));
    if (!next) break;
    at = at + 1 + next.index + 1;
    cuts.push(at);
  }
  if (cuts.length === 0) return null;
  return [0, ...cuts].map((from, k) => line.slice(from, cuts[k] ?? line.length).trim()).filter((p) => p !== '');
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

/** A list heading with its list run on inline, from its first item: "Қатысқандар: 1. ", "КҮН ТӘРТІБІ: 1. ", "Отсутствовали: 1) ". */
const INLINE_LIST = re(`(?:${PRESENT_HEADING}|${ABSENT_HEADING}|(?<![\\p{L}])${AGENDA})[\\p{L}\\s]{0,40}:\\s*(?=1\\s*[.)]\\s)`);
const INLINE_LIST_ALL = re(INLINE_LIST.source, 'giu');
const AGENDA_LEAD = re(`^\\s*${AGENDA}`);
/** An item's text runs no longer than this before the next number: a farther "2." is the text's, not the list's. */
const ITEM_SPAN = 400;

/**
 * Where the items of the lists run on inline start (`numbers`: the index of each number; `starts`: where a line is cut, before
 * each but the agenda's first): each next one in sequence ("… – төраға 2. Әбдіқадырова"), even after a word with no stop — only the number that comes
 * next in the list, after a space, is an item's.
 */
function inlineItemStarts(line: string): { starts: Set<number>; numbers: Set<number> } {
  const starts = new Set<number>();
  const numbers = new Set<number>();
  for (const m of matchesOf(line, INLINE_LIST_ALL)) {
    // The first item of the agenda stays on its heading's line, as an agenda typed inline is read; a list of persons
    // starts on a line of its own, as its reader reads one (an inline first name would be lost, the count one short).
    let at = (m.index ?? 0) + m[0].length;
    numbers.add(at);
    if (!AGENDA_LEAD.test(m[0])) starts.add(at);
    for (let no = 2; ; no++) {
      const next = new RegExp(`\\s${no}\\s*[.)]\\s`, 'u').exec(line.slice(at + 1, at + 1 + ITEM_SPAN));
      if (!next) break;
      at = at + 1 + next.index + 1;
      starts.add(at);
      numbers.add(at);
    }
  }
  return { starts, numbers };
}

/** The clauses of a paragraph: cut at "; ", at a sentence's end (not after an initial or an abbreviation), before ", решили:"; never inside brackets. */
function clauses(line: string): string[] {
  const parts: string[] = [];
  const items = inlineItemStarts(line);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '(' || ch === '«') depth++;
    else if ((ch === ')' || ch === '»') && depth > 0) depth--;
    if (depth > 0 || !/\s/.test(line[i + 1] ?? '')) continue;
    const rest = line.slice(i + 1);
    const before = line.slice(start, i);
    const cut = ch === ';' || items.starts.has(i + 1 + (rest.length - rest.trimStart().length))
      // (Not after an item's number: "1. Тұрғанбаев …" is one clause.)
      || (/[.!?]/.test(ch) && /^\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«"]|\d{1,2}\s*[.)]\s)/u.test(rest) && !items.numbers.has(i - (/\d{1,3}$/u.exec(before)?.[0].length ?? 0))
        && ((!ABBREVIATION.test(before) && !INITIAL.test(before)) || OPENS_CONSTRUCT.test(rest)))
      || (ch === ',' && DECIDED_OR_VOTED.test(rest));
    if (!cut) continue;
    parts.push(line.slice(start, i + 1));
    start = i + 1;
  }
  parts.push(line.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
