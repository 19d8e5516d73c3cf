import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { checkedTotal, partCount, partsSum, totalNotSum } from './partsOfTotal.ts';
import { metricOfRow } from './tableRowLexicon.ts';

/**
 * A table of the council's work by commission that closes with TWO total rows: the commissions' subtotal ("Итого по
 * комиссиям", "Комиссиялар бойынша барлығы"), the rows of the Council's own work after it ("На заседаниях Совета",
 * "Кеңестің жалпы отырыстары"), and the grand total last ("Всего", "БАРЛЫҒЫ"):
 *
 *   Комиссия               | Заседания | Мониторинг | Заслушано отчётов
 *   1. По социальным …     |     6     |     4      |        3
 *   …
 *   Итого по комиссиям     |    22     |    11*     |        8
 *   На заседаниях Совета   |     х     |     х      |        2
 *   Всего                  |    22     |    11      |       10
 *
 * The grand total is the council's figure in each column its header names — checked against the subtotal and the
 * Council's rows it is made of, and the subtotal against the commissions' rows (a footnote's mark in the column says why it
 * is not their sum: not summed). In the column of meetings the grand total is the council's only while the Council's rows
 * hold none there; else it adds the meetings of two bodies and is no metric: the subtotal is the commissions' meetings and
 * the Council's row, when there is one naming its meetings, the general meetings. A total that disagrees is a candidate.
 */
export interface SubtotalTable {
  rows: { cells: string[]; at: number }[];
  label: number;
  /** The columns of counts, each with the metric its header names (meetings read as the commissions'). */
  columns: { c: number; metric: MetricId | null; header: string }[];
  /** A footnote's mark in the column: its totals are not summed. */
  marked: (c: number) => boolean;
  countOf: (cell: string) => number | null;
}

/** The commissions' subtotal row: "Итого по комиссиям", "Всего по комиссиям", "Комиссиялар бойынша барлығы", "Барлығы комиссиялар бойынша". */
export const COMMISSIONS_SUBTOTAL = /^(?:(?:итого|всего)\s+по\s+(?:постоянн[\p{L}]*\s+)?комисси[\p{L}]*|(?:тұрақты\s+)?комиссиялар\s+бойынша\s+(?:барлығы|жиыны)|(?:барлығы|жиыны)\s+комиссиялар\s+бойынша)[\s:.]*$/iu;
/** The grand total: "Всего", "ИТОГО", "БАРЛЫҒЫ", "Всего по Совету", "Кеңес бойынша барлығы". */
const GRAND_TOTAL = /^(?:(?:итого|всего|барлығы|жиыны)(?:\s+по\s+(?:общественному\s+)?(?:совету|ос))?|(?:қоғамдық\s+)?кеңес\s+бойынша\s+(?:барлығы|жиыны))[\s:.]*$/iu;
const MEETINGS: ReadonlySet<MetricId | null> = new Set<MetricId | null>(['commission_meetings', 'general_meetings']);

/**
 * The figures (or candidates) of such a table, or null when it is none: exactly one subtotal of the commissions, one grand
 * total after it, two commissions' rows at least before the subtotal.
 */
export function readSubtotalTable(t: SubtotalTable): (ReportFigure | ReportCandidate)[] | null {
  const label = (r: { cells: string[] }) => r.cells[t.label].trim();
  const subs = t.rows.flatMap((r, k) => (COMMISSIONS_SUBTOTAL.test(label(r)) ? [k] : []));
  const grands = t.rows.flatMap((r, k) => (GRAND_TOTAL.test(label(r)) ? [k] : []));
  if (subs.length !== 1 || grands.length !== 1 || grands[0] < subs[0]) return null;
  const [s, g] = [subs[0], grands[0]];
  const commissions = t.rows.slice(0, s).filter((r) => /\p{L}/u.test(label(r)));
  const council = t.rows.slice(s + 1, g);
  if (commissions.length < 2 || g !== t.rows.length - 1) return null;
  const sub = t.rows[s];
  const grand = t.rows[g];
  const out: (ReportFigure | ReportCandidate)[] = [];
  const text = (r: { cells: string[] }, header: string, n: number) => `${label(r)}: ${header} – ${n}.`;
  for (const { c, metric, header } of t.columns) {
    if (metric === null) continue;
    const total = t.countOf(grand.cells[c]);
    const part = t.countOf(sub.cells[c]);
    // The Council's rows in this column: "х" (not filled), a dash, an empty cell hold none.
    const own = partsSum(council.map((r) => r.cells[c]));
    const ofCommissions = t.marked(c) ? null : partsSum(commissions.map((r) => r.cells[c]));
    if (MEETINGS.has(metric) && own !== null && own > 0) {
      // Meetings of the commissions and of the Council added up: the subtotal is the commissions', the Council's row its own.
      if (part !== null) out.push(checkedTotal('commission_meetings', part, ofCommissions, sub.at + 1, text(sub, header, part)));
      const named = council.filter((r) => (partCount(r.cells[c]) ?? 0) > 0);
      if (named.length === 1 && metricOfRow(label(named[0]), null) === 'general_meetings') {
        const n = t.countOf(named[0].cells[c]);
        if (n !== null) out.push({ metric: 'general_meetings', value: n, line: named[0].at + 1, text: text(named[0], header, n) });
      }
      continue;
    }
    if (total === null) continue;
    // The grand total made of the subtotal and the Council's rows; the subtotal of the commissions' rows.
    const made = part !== null && own !== null ? part + own : null;
    if (made !== null && made !== total) out.push(totalNotSum(metric, total, made, grand.at + 1, text(grand, header, total)));
    else if (part !== null && ofCommissions !== null && ofCommissions !== part) out.push(totalNotSum(metric, total, ofCommissions + (own ?? 0), grand.at + 1, text(grand, header, total)));
    else out.push({ metric, value: total, line: grand.at + 1, text: text(grand, header, total) });
  }
  return out;
}
