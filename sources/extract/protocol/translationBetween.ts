import { lineLanguage } from '../toLines.ts';
import { sectionNumberOf } from './countQuestionSections.ts';
import { AGENDA } from './lexicon.ts';
import { re } from './re.ts';

/** A line that opens another question: "2. …", "3) …", "2-мәселе", "По второму вопросу". */
const QUESTION_OPENS = /^\s*(?:\d{1,2}\s*[.)]\s|\d{1,2}\s*-\s*(?:мәселе|МӘСЕЛЕ)|по\s+\p{L}+\s+вопросу)/iu;
/** The number a question's line opens with: "2. СЛУШАЛИ: …" → 2, "2-мәселе" → 2. */
const QUESTION_NUMBER = /^\s*(\d{1,2})\s*(?:[.)]\s|-\s*(?:мәселе|МӘСЕЛЕ))/iu;

/**
 * A bilingual protocol that gives each block in Kazakh, then in Russian ("[KZ] ТЫҢДАЛДЫ: … Дауыс беру: …" / "[RU] СЛУШАЛИ:
 * … Голосование: …"): between a vote and its translation stand the lines of the translated block that lead to it. True
 * when the lines after `from` and before `to` (0-based) are few (8 at most), each in the second vote's language (or in
 * none: numbers, names), and none opens another question — so two questions' votes told in two languages are never one.
 */
export function translationBetween(lines: string[], from: number, to: number, language: 'kk' | 'ru'): boolean {
  if (to - from - 1 > 8) return false;
  // The translated block opens with the number of the question the first vote is under ("1. ТЫҢДАЛДЫ: … Дауыс беру: …" /
  // "1. СЛУШАЛИ: … Голосовали: …", the two halves of a Word table's row): the same question, not another.
  const own = questionNumberAt(lines, from);
  // The agenda approved, then the Russian agenda and its approval ("Күн тәртібі: 9 – 0 – 0, бекітілді." / "ПОВЕСТКА ДНЯ" /
  // "1. О …" / "2. Об …" / "Повестка: 9 – 0 – 0, утверждена."): the items under the translated agenda's heading are its
  // list, no question's discussion.
  let agenda = false;
  return lines.slice(from + 1, to).every((l) => {
    if (l.trim() === '') return true;
    const language_ = lineLanguage(l);
    if (language_ !== null && language_ !== language) return false;
    if (AGENDA_HEADING_RE.test(l)) agenda = true;
    return agenda || !QUESTION_OPENS.test(l) || (own !== null && numberOpening(l) === own);
  });
}

const AGENDA_HEADING_RE = re(`^\\s*${AGENDA}\\s*[:.]?\\s*$`);

/**
 * The number of the question a line opens: "2. СЛУШАЛИ: …" 2, "2-мәселе бойынша" 2, and a section headed by an ordinal
 * ("По второму вопросу Нигметова А.А. доложила …" 2 — the translation of "2-мәселе бойынша …"); null when it opens none.
 */
function numberOpening(line: string): number | null {
  const m = QUESTION_NUMBER.exec(line);
  if (m) return Number(m[1]);
  const no = sectionNumberOf(line);
  return no === null || no === 0 ? null : no;
}

/** The number of the question a line stands under: the last line at or above it that opens a numbered question. */
export function questionNumberAt(lines: string[], at: number): number | null {
  for (let k = at; k >= 0; k--) {
    const no = numberOpening(lines[k]);
    if (no !== null) return no;
  }
  return null;
}

/** A line after `from` and before `to` opens another question ("2. СЛУШАЛИ: …" between a Kazakh vote and a Russian one). */
export function questionBetween(lines: string[], from: number, to: number): boolean {
  return lines.slice(from + 1, to).some((l) => QUESTION_OPENS.test(l));
}
