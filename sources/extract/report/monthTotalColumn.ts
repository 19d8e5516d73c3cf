import { monthOfWord } from '../monthNames.ts';
import { parseCount } from '../parseCount.ts';

/** The report's period as its length in months and the month it opens with (7 for the third quarter). */
export interface MonthSpan {
  months: number;
  from: number;
}

/** The header of a column of row numbers: "№", "№ п/п", "п/п". */
const NUMBER_HEAD = /^(?:№|n|№\s*п\/п|п\/п)$/iu;
/** A row's number run onto its label ("1 Заседания ОС", "8.1 в т.ч. одобрено"). */
const LEAD = /^(\d{1,2}(?:\.\d{1,2})?)[.)]?\s+(\S.*)$/u;
/** A value cell: a count or a dash for none. */
const VALUE = /^(?:\d{1,4}|[-–—])$/u;
/** A count run onto the end of a label ("Заслушивание отчётов руководителей госорганов 1"); never a year. */
const TAIL = /^(.*\p{L}.*?)\s+(?!(?:19|20)\d{2}$)(\d{1,4})$/u;

/**
 * A table of a count per month of the period read from a PDF's text layer, its header merged over two rows and given
 * out of order ("№\tПоказатель\tиюль август сентябрь\t2025 год, по месяцам\tIII кв. 2025 III кв. 2024\tИтого\t
 * Справочно:"), so that which column is the quarter's total and which last year's the header cannot tell. The rows
 * can: the months the header names, in order, are the first value columns when they are the period's months one by
 * one; the one later column that is their sum in every row (and the sum is no single month's: two rows at least with
 * two months of counts) is the period's total, named "Итого"; every other later column (last year's, a plan) gets an
 * empty header, so that no reader takes it for a value. Null when the months are not the period's, the rows are not
 * as wide as each other, or no column (or more than one) is the months' sum: then the table's counts are no one's.
 */
export function monthTotalTable(head: string[], body: string[][], span: MonthSpan): { header: string[]; rows: string[][] } | null {
  const words = head.join(' ').split(/\s+/u).filter((w) => /^\p{L}+\.?$/u.test(w));
  const months = words.filter((w) => monthOfWord(w.replace(/\.$/u, '')) !== null);
  if (months.length < 2 || months.length !== span.months) return null;
  if (months.some((w, k) => monthOfWord(w.replace(/\.$/u, '')) !== span.from + k)) return null;
  const numbered = NUMBER_HEAD.test(head[0]?.trim() ?? '');
  const labelHead = head[numbered ? 1 : 0]?.trim() ?? '';
  if (!/\p{L}{3}/u.test(labelHead) || monthOfWord(labelHead) !== null) return null;
  const split: { no: string; label: string; values: string[] }[] = [];
  for (const row of body) {
    const cells = row.map((c) => c.trim());
    const lead = LEAD.exec(cells[0] ?? '');
    const [no, label] = numbered && lead ? [lead[1], lead[2]] : ['', cells[0] ?? ''];
    const values = cells.slice(1);
    // The values are the row's cells after its label, every one a count.
    if (values.some((v) => !VALUE.test(v))) return null;
    split.push({ no, label, values });
  }
  const width = Math.max(...split.map((r) => r.values.length));
  // A row one value short ran its first count onto its label: split off.
  const rows = split.map((r) => {
    const tail = r.values.length === width - 1 ? TAIL.exec(r.label) : null;
    return tail ? { no: r.no, label: tail[1], values: [tail[2], ...r.values] } : r;
  });
  if (rows.length < 2 || rows.some((r) => r.values.length !== width || !/\p{L}{3}/u.test(r.label)) || width <= months.length) return null;
  const k = months.length;
  const count = (v: string) => (/^[-–—]$/u.test(v) ? 0 : parseCount(v));
  const sums = rows.map((r) => r.values.slice(0, k).reduce((s, v) => s + (count(v) ?? Number.NaN), 0));
  const informative = rows.filter((r) => r.values.slice(0, k).filter((v) => (count(v) ?? 0) > 0).length >= 2).length >= 2;
  if (!informative) return null;
  const totals = Array.from({ length: width - k }, (_, j) => k + j).filter((c) => rows.every((r, n) => count(r.values[c]) === sums[n]));
  if (totals.length !== 1) return null;
  const header = [...(numbered ? ['№'] : []), labelHead, ...months, ...Array.from({ length: width - k }, (_, j) => (k + j === totals[0] ? 'Итого' : ''))];
  return { header, rows: rows.map((r) => [...(numbered ? [r.no] : []), r.label, ...r.values]) };
}
