/**
 * Rows for people or for programs: an aligned table at a terminal, CSV or
 * JSON when asked (or JSON when piped). CSV cells that a spreadsheet would run
 * as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`.
 */
import Papa from 'papaparse';
import type { Row } from './db.ts';

export type RowFormat = 'table' | 'csv' | 'json';

export function formatRows(rows: Row[], format: RowFormat): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const columns = rows.length > 0 ? Object.keys(rows[0]) : [];
  if (format === 'csv') {
    return Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => neutralize(r[c]))) });
  }
  if (rows.length === 0) return '(no rows)';
  const cells = [columns, ...rows.map((r) => columns.map((c) => display(r[c])))];
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
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}
