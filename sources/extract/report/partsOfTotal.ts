import { parseCount } from '../parseCount.ts';
import { partsOfPeriod } from './partsOfPeriod.ts';
import { monthOfWord } from '../monthNames.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { METRICS } from '../../reference/metrics.ts';

/**
 * The arithmetic guard of a table that states both its parts and their total — quarters or months beside a column "Итого
 * за 9 мес." / "Барлығы" / "Жыл бойы", commissions' rows under (or over) a row "Барлығы" / "Итого по Совету": the total
 * is the figure only when it is the parts' sum. A total its parts do not make is a misprint or a count of other things
 * (a joint event counted under each commission and once in the total, a quarter left out), and which number the council
 * stands by is for a person to say: the row is a candidate with the reason, never a figure.
 */

/**
 * A part cell as a count: a number, or none ("–", "-", "—", "0"); anything else (an approximate count, words) cannot be
 * summed — nor can an empty cell, a part not filled in ("пустая клетка – данные за квартал не сведены", "х" — не
 * заполняется): no data is no zero, and the total stated beside it stands.
 */
export function partCount(cell: string): number | null {
  const t = cell.trim();
  if (t === '') return null;
  if (/^[-–—]$/u.test(t)) return 0;
  return /^(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)$/u.test(t) ? parseCount(t) : null;
}

/** The parts' sum, or null when a part cannot be summed. */
export function partsSum(cells: string[]): number | null {
  let sum = 0;
  for (const cell of cells) {
    const n = partCount(cell);
    if (n === null) return null;
    sum += n;
  }
  return sum;
}

/**
 * The months a part column covers: a quarter 3 ("I кв.", "ІІ тоқсан", "3-квартал"), a half 6 ("1 полугодие", "II
 * жартыжылдық", "ж/ж"), a month 1 ("Январь", "Қаңтар", "янв."); null for any other header.
 */
export function partMonths(header: string): number | null {
  const h = withoutAllParts(header.toLowerCase());
  // A range of months ("январь – март", "қаңтар-наурыз 2025 ж."): as many months as it runs over.
  const range = MONTH_RANGE.exec(h);
  if (range) {
    const [from, to] = [monthOfWord(range[1]), monthOfWord(range[2])];
    return from !== null && to !== null && to >= from ? to - from + 1 : null;
  }
  const parts = partsOfPeriod(h);
  if (parts.some((p) => p.kind === 'quarter')) return 3;
  if (parts.some((p) => p.kind === 'half')) return 6;
  // A month is a part column only as the header's one word ("Январь", "Қаңтар 2025 ж.", "за янв."): "Январь факт" is not.
  const words = h.split(/[\s.,:()]+/u).filter((w) => /^\p{L}+$/u.test(w) && !/^(?:год[\p{L}]*|г|жыл[\p{L}]*|ж|за|айы|ай)$/u.test(w));
  return words.length === 1 && parts.some((p) => p.kind === 'month') ? 1 : null;
}

/** A header that is a range of two months and nothing else but the year: "январь – март", "за апр.–июнь 2025 г.". */
const MONTH_RANGE = /^\s*(?:за\s+)?(\p{L}+)\.?\s*[-–—]\s*(\p{L}+)\.?(?:\s+\d{4}(?:\s*(?:г|года?|ж|жыл[\p{L}]*)\.?)?)?\s*$/u;

/**
 * The words of a header that name every part at once ("Итого за 2025 год (все кварталы)", "за все месяцы", "барлық
 * тоқсандар бойынша", "I–IV кварталы"): the whole, not a part — read as a quarter, the year's total column of held-out
 * 53's Zhezkazgan table was taken for a fifth quarter and the table read as no one's. Taken out of the header before its
 * part is looked for.
 */
export function withoutAllParts(header: string): string {
  return header.replace(ALL_PARTS, ' ');
}

const ALL_PARTS = /(?<![\p{L}])(?:(?:за\s+)?(?:все[хм]?|всего)\s+(?:(?:четыр[её]х|4|двух|2|двенадцати|12)\s+)?(?:квартал[\p{L}]*|полугоди[\p{L}]*|месяц[\p{L}]*)|барлық\s+(?:(?:төрт|4|екі|2|он\s+екі|12)\s+)?(?:тоқсан[\p{L}]*|жартыжылдық[\p{L}]*|ай(?:лар)?[\p{L}]*)|(?:i|і|1)\s*[-–—]\s*(?:iv|іv|4)\s*(?:кв\.?|квартал[\p{L}]*|тоқсан[\p{L}]*))(?![\p{L}])/giu;

/**
 * Whether the part columns cover the period's months once: parts of one kind (months, quarters or halves), each named
 * once, as many months in all as the period's. "I тоқсан | I жартыжылдық | 9 ай" are running totals, not parts.
 */
export function partsTile(headers: string[], periodMonths: number): boolean {
  const months = headers.map(partMonths);
  const names = new Set(headers.map((h) => h.toLowerCase().replace(/\s+/gu, ' ').trim()));
  return headers.length >= 2 && names.size === headers.length && months.every((m) => m !== null && m === months[0]) && (months[0] ?? 0) * headers.length === periodMonths;
}

/** Metrics of a moment ("members on 30.09", commissions): a quarter's cell is the count on its last day, not a part of a sum. */
const MOMENT = new Set(METRICS.filter((m) => m.kind === 'moment').map((m) => m.id));

/** Whether the parts of a metric add up to its total: counts of things done in the period do, counts on a day do not. */
export const isSummed = (metric: MetricId | null): boolean => metric !== null && !MOMENT.has(metric);

/** The candidate of a total its parts do not make, with the reason. */
export function totalNotSum(metric: MetricId, value: number, sum: number, line: number, text: string): ReportCandidate {
  return { metric, value, line, text, why: `the table's total ${value} is not the sum of its parts (${sum}): which number the council stands by is for a person to say` };
}

/** A total row's figure, or its candidate when the parts' sum (null: not summed) is another number. */
export function checkedTotal(metric: MetricId, value: number, sum: number | null, line: number, text: string): ReportFigure | ReportCandidate {
  return sum !== null && sum !== value ? totalNotSum(metric, value, sum, line, text) : { metric, value, line, text };
}

/** Whether a table row figure is such a candidate (flattenFigureTables gives them among its rows; addTableFigures sets them apart). */
export function isTotalNotSum(row: object): row is ReportCandidate {
  return 'why' in row && typeof row.why === 'string';
}
