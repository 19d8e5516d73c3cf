/**
 * Rows for people or for programs: an aligned table at a terminal, CSV or
 * JSON when asked (or JSON when piped). CSV cells that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`.
 *
 * Text in CSV and in the table is cleaned first (cleanOutputText): a control
 * character would break a spreadsheet's import, and at a terminal an escape
 * sequence in a cell could rewrite the screen. Cleaning comes before the
 * formula check, so a stray control character cannot hide a leading `=`.
 * JSON keeps the text as stored (JSON escapes every control character).
 * `onClean` hears each changed cell (`row 3, title`).
 */
import Papa from 'papaparse';
import { cleanOutputText, EXCEL_CELL_MAX, type CleanReason } from '../reports/cleanOutputText.ts';
import type { Row } from '../workspace/db.ts';

export type RowFormat = 'table' | 'csv' | 'json';

export function formatRows(rows: Row[], format: RowFormat, onClean?: (where: string, changed: CleanReason[]) => void): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  const clean = (value: unknown, row: number, column: string): unknown => {
    if (typeof value !== 'string') return value;
    // A CSV cell is cut where Excel would cut it on opening; the table cuts its own cells to 60 characters anyway.
    const result = cleanOutputText(value, { maxLength: EXCEL_CELL_MAX });
    if (result.changed.length > 0) onClean?.(row < 0 ? `header ${column}` : `row ${row + 1}, ${column}`, result.changed);
    return result.text;
  };
  if (format === 'csv') {
    return Papa.unparse({ fields: columns.map((c) => clean(c, -1, c) as string), data: rows.map((r, i) => columns.map((c) => neutralize(clean(r[c], i, c)))) });
  }
  if (rows.length === 0) return '(no rows)';
  const cells = [columns.map((c) => clean(c, -1, c) as string), ...rows.map((r, i) => columns.map((c) => display(clean(r[c], i, c))))];
  const widths = columns.map((_, i) => Math.min(60, Math.max(...cells.map((row) => row[i].length))));
  const line = (row: string[]) => row.map((cell, i) => cell.slice(0, 60).padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/\.?0+$/, '');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function neutralize(value: unknown): unknown {
  // Also after leading spaces: an import that trims them (LibreOffice's "trim spaces") would find the formula again.
  if (typeof value === 'string' && /^(?:[\t\r]|\s*[=+\-@])/.test(value)) return `'${value}`;
  return value;
}
