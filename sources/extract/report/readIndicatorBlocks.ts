import { parseCount } from '../parseCount.ts';
import type { MetricId, ReportFigure } from '../types.ts';
import { SUB_ROW, metricOfRow } from './tableRowLexicon.ts';

/**
 * A block of indicator lines, "Показатель — значение" typed without a table: a line per indicator ("Заседания
 * Общественного совета — 2", "Круглые столы: 1", "Кеңес отырыстары – 3"), sub-lines set in further or opened by
 * "в т.ч." / "оның ішінде" ("   от физических лиц — 12"). Each line whose label names a metric (tableRowLexicon)
 * is a row figure of that metric, as a table row would be (addTableFigures); a sub-line is named with its parent
 * line's metric. A value that is no bare count ("не менее 120", "около 40", "без изменений", a date) says nothing.
 * Blocks under a plan or reference heading were blanked before (statesNothingSections), so what is left is the
 * period's. A block is two indicator lines or more in a row: a single "Label – N" line is a sentence's business.
 */
export function readIndicatorBlocks(lines: string[], rowFigures: ReportFigure[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (rowOf(lines[i]) === null) continue;
    let end = i;
    while (end + 1 < lines.length && rowOf(lines[end + 1]) !== null) end++;
    const rows = lines.slice(i, end + 1).map((line, k) => ({ ...rowOf(line)!, at: i + k }));
    if (rows.filter((r) => r.value !== null).length >= 2) readBlock(rows, rowFigures);
    i = end;
  }
}

interface Row {
  indent: number;
  label: string;
  value: number | null;
  at: number;
}

function readBlock(rows: Row[], rowFigures: ReportFigure[]): void {
  const base = Math.min(...rows.map((r) => r.indent));
  let parent: MetricId | null = null;
  for (const r of rows) {
    const sub = r.indent > base || SUB_ROW.test(r.label);
    const metric = metricOfRow(r.label, sub ? parent : null);
    if (!sub) parent = metric;
    if (metric === null || r.value === null) continue;
    rowFigures.push({ metric, value: r.value, line: r.at + 1, text: `${r.label} – ${r.value}` });
  }
}

/** The separator of label and value: a dash with spaces (a hyphen needs them: "Письма-рекомендации"), a colon. */
const SEPARATOR = /\s+[-–—]\s+|\s*[–—]\s*|:\s+/gu;
/** A bare count, maybe with a bracketed note: "14", "3 150", "5 (из них 2 выездных)". */
const COUNT = /^(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,4})(?:\s*\([^()]*\))?\s*[.;]?$/u;

/**
 * An indicator line: a label that opens with a letter and holds no sentence's end, its last separator, a value.
 * The value is the count, or null for a value in words ("без изменений", "значение" of the header line).
 */
function rowOf(line: string): Omit<Row, 'at'> | null {
  if (line.trim() === '' || line.length > 140) return null;
  const seps = [...line.matchAll(SEPARATOR)];
  const last = seps[seps.length - 1];
  if (last === undefined || last.index === undefined) return null;
  const label = line.slice(0, last.index).trim();
  const value = line.slice(last.index + last[0].length).trim();
  if (!/^\p{L}/u.test(label) || /[.!?]\s/u.test(label) || !/\p{L}{3}/u.test(label) || value === '') return null;
  // A value in words is still an indicator line ("без изменений"); a count followed by more words is a sentence.
  const count = COUNT.exec(value);
  if (count) return { indent: line.search(/\S/u), label, value: parseCount(count[1]) };
  if (/^\d/u.test(value) || /[.!?]\s/u.test(value) || value.split(/\s+/u).length > 8) return null;
  return { indent: line.search(/\S/u), label, value: null };
}
