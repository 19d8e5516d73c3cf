import { lowerCase } from '../grammar/lowerCase.ts';
import type { MetricId } from '../types.ts';
import { isHeading } from './isHeading.ts';
import { ITEM } from './readLists.ts';

/** The bodies whose meetings a list breaks a meetings' count into: the council, the presidium, the commissions. */
const BODIES = [/(?<![\p{L}])(?:совет|кеңес|ос(?![\p{L}]))/u, /(?<![\p{L}])(?:президиум|төралқа)/u, /(?<![\p{L}])(?:под)?комисси/u];

export const HEADING_SUM_WHY = 'the heading\'s count is the sum of the meetings its list breaks down by body (council, presidium, commissions): no one metric';

/**
 * A count in a section's heading that names meetings of no body ("2. ЗАСЕДАНИЯ (7)", "2. ОТЫРЫСТАР (7)") over items
 * that name the bodies ("• Общественного совета (2)", "• Президиума (1)", "• комиссий (5)"): the heading sums the
 * meetings of all kinds — not even always all of them, a presidium's may stand apart — so it is no council's count.
 * A candidate; the items say each body's. A heading that names the body ("ЗАСЕДАНИЯ СОВЕТА (2)") is its count, and so
 * is a bare heading with no such list under it.
 */
export function doubtOfHeadingSum(lines: string[], at: number, metric: MetricId): string | null {
  if (metric !== 'general_meetings' || !isHeading(lines[at]?.trim() ?? '')) return null;
  if (BODIES.some((b) => b.test(lowerCase(lines[at])))) return null;
  const named = new Set<number>();
  for (let k = at + 1; k < lines.length && k <= at + 15; k++) {
    const text = lines[k].trim();
    if (text === '') continue;
    if (isHeading(text)) break;
    if (!ITEM.test(lines[k])) continue;
    BODIES.forEach((body, j) => {
      if (body.test(lowerCase(text))) named.add(j);
    });
  }
  return named.size >= 2 ? HEADING_SUM_WHY : null;
}
