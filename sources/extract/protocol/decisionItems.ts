import { DECIDED } from './lexicon.ts';
import { re } from './re.ts';

/** "ПОСТАНОВИЛИ:", "РЕШИЛИ:", "ҚАУЛЫ ЕТТІ:" alone on its line: the decisions follow, an item a question. */
const DECISIONS_HEADING = re(`^\\s*(?:${DECIDED})\\s*:\\s*$`);
/** "1. Одобрить проект …", "2) Жоспар бекітілсін": an item's number, then its words ("1.1." is a sub-item's). */
const ITEM = /^\s{0,4}(\d{1,2})\s*[.)]\s+\S/u;

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
    if (Number(m[1]) !== items.length + 1) break;
    items.push({ no: Number(m[1]), at: k });
  }
  return items;
}
