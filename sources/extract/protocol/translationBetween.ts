import { lineLanguage } from '../toLines.ts';

/** A line that opens another question: "2. …", "3) …", "2-мәселе", "По второму вопросу". */
const QUESTION_OPENS = /^\s*(?:\d{1,2}\s*[.)]\s|\d{1,2}\s*-\s*(?:мәселе|МӘСЕЛЕ)|по\s+\p{L}+\s+вопросу)/iu;

/**
 * A bilingual protocol that gives each block in Kazakh, then in Russian ("[KZ] ТЫҢДАЛДЫ: … Дауыс беру: …" / "[RU] СЛУШАЛИ:
 * … Голосование: …"): between a vote and its translation stand the lines of the translated block that lead to it. True
 * when the lines after `from` and before `to` (0-based) are few (8 at most), each in the second vote's language (or in
 * none: numbers, names), and none opens another question — so two questions' votes told in two languages are never one.
 */
export function translationBetween(lines: string[], from: number, to: number, language: 'kk' | 'ru'): boolean {
  if (to - from - 1 > 8) return false;
  return lines.slice(from + 1, to).every((l) => {
    if (l.trim() === '') return true;
    const own = lineLanguage(l);
    return (own === null || own === language) && !QUESTION_OPENS.test(l);
  });
}

/** A line after `from` and before `to` opens another question ("2. СЛУШАЛИ: …" between a Kazakh vote and a Russian one). */
export function questionBetween(lines: string[], from: number, to: number): boolean {
  return lines.slice(from + 1, to).some((l) => QUESTION_OPENS.test(l));
}
