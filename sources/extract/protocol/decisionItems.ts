import { DECIDED } from './lexicon.ts';
import { re } from './re.ts';

/**
 * "ПОСТАНОВИЛИ:", "РЕШИЛИ:", "ҚАУЛЫ ЕТТІ:" alone on its line: the decisions follow, an item a question; in both languages,
 * the plural of a list of them, "ШЕШІМДЕР / РЕШЕНИЯ:" (set 190).
 */
const HEADING_WORD = `(?:${DECIDED}|решения|шешімдер)(?![\\p{L}])`;
const DECISIONS_HEADING = re(`^\\s*${HEADING_WORD}(?:\\s*/\\s*${HEADING_WORD})?\\s*:\\s*$`);
/**
 * "1. Одобрить проект …", "2) Жоспар бекітілсін": an item's number, then its words ("1.1." is a sub-item's); an item named
 * by its question, "1-мәселе / Вопрос 1: қабылданды / принято", "Вопрос 2 – принято" (set 190).
 */
const ITEM = /^\s{0,4}(?:(\d{1,2})\s*[.)]\s+\S|(\d{1,2})\s*-\s*мәселе(?![\p{L}])|вопрос\s*№?\s*(\d{1,2})(?!\d)\s*[:\-–—])/iu;

/**
 * The decisions told once for all the questions, after the votes ("ПОСТАНОВИЛИ:" / "1. Одобрить проект … Решение принято." /
 * "2. Утвердить План … Решение принято единогласно." / "3. … Решение не принято."): each item's number and its line (0-based),
 * as a question's section. Only items numbered 1, 2, 3… in order from the first line after `after` that heads them; none
 * when they are not so numbered.
 */
export function decisionItemsAfter(lines: string[], after: number): { no: number; at: number }[] {
  const heading = lines.findIndex((l, k) => k > after && DECISIONS_HEADING.test(l));
  if (heading < 0) return [];
  const items: { no: number; at: number }[] = [];
  for (let k = heading + 1; k < lines.length; k++) {
    const m = ITEM.exec(lines[k]);
    if (!m) continue;
    const no = Number(m[1] ?? m[2] ?? m[3]);
    if (no !== items.length + 1) break;
    items.push({ no, at: k });
  }
  return items;
}
