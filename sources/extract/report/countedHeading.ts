import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { type ActivityWord, activityTypesIn } from './activityLexicon.ts';
import { planOfStatement } from './plannedCount.ts';

/** A section's number before its heading ("3.", "III.", "2)"): no count. */
const SECTION_NO = /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,5}\.)\s+/u;

/** A year named in the heading ("Всего в 2024 году заслушано 6 отчётов:"): another year's count is not this table's. */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/**
 * The one kind of event and its count a line stating them over a table tells: "3. Заслушивание отчётов. Всего заслушано
 * 6 отчётов:", "Есеп тыңдау – 4:", "Проведено 5 мониторингов:". Only a short line that ends with a colon, names exactly
 * one kind and holds exactly one count (a section's number is none), no plan ("Планируется заслушать 3 отчёта:") and no
 * year but the report's. The caller reads the table's rows as events of that kind only when they are exactly as many.
 */
export function countedHeadingOf(lines: string[], start: number, year: number | undefined): { word: ActivityWord; count: number } | null {
  let k = start - 1;
  while (k >= 0 && lines[k].trim() === '') k--;
  const line = k < 0 || start - k > 2 ? '' : lines[k].replace(SECTION_NO, '');
  if (line.length > 160 || !/:\s*$/u.test(line)) return null;
  if ((line.match(YEAR) ?? []).some((y) => year === undefined || Number(y) !== year)) return null;
  const kinds = activityTypesIn(line);
  const counts = findCounts(maskNeverCounts(line));
  if (kinds.length !== 1 || counts.length !== 1 || counts[0].value < 2) return null;
  if (planOfStatement(line, counts[0].start, counts[0].end) !== null) return null;
  return { word: kinds[0], count: counts[0].value };
}
