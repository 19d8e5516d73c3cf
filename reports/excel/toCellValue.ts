/**
 * Turns one mart value into what exceljs should store, by column type.
 *
 * SAFETY: the result is only ever null, a number, a Date or a string. Never an
 * object: exceljs reads `{ formula }`, `{ hyperlink }` or `{ richText }`
 * objects as formulas and links, so a crafted value could otherwise become an
 * active cell. Strings — including ones that start with =, +, -, @ — are
 * stored as shared-string cells, which Excel shows as text and never evaluates.
 * Every string is cleaned on the way out (cleanOutputText): XML 1.0 has no
 * place for control characters, and Excel takes at most 32,767 characters.
 */
import { cleanOutputText, EXCEL_CELL_MAX, type CleanReason } from '../cleanOutputText.ts';
import type { ColumnType } from '../sections/Section.ts';

export type CellValue = null | number | string | Date;

/** Hears what was changed in a cell's text, for the note writeWorkbook puts on it. */
export type OnClean = (changed: CleanReason[]) => void;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

export function toCellValue(value: unknown, type: ColumnType, yesNo: { yes: string; no: string }, onClean?: OnClean): CellValue {
  const cell = toRawCellValue(value, type, yesNo);
  if (typeof cell !== 'string') return cell;
  const { text, changed } = cleanOutputText(cell, { maxLength: EXCEL_CELL_MAX });
  if (changed.length > 0) onClean?.(changed);
  return text;
}

function toRawCellValue(value: unknown, type: ColumnType, yesNo: { yes: string; no: string }): CellValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'int':
    case 'number':
    case 'percent':
      return toNumber(value);
    case 'date':
      return toDate(value);
    case 'bool':
      if (value === true) return yesNo.yes;
      if (value === false) return yesNo.no;
      return toText(value);
    case 'text':
    default:
      return toText(value);
  }
}

function toNumber(value: unknown): CellValue {
  // DuckDB hands out BIGINT as bigint and DECIMAL possibly as text.
  const n = typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isFinite(n)) return n;
  return typeof value === 'string' ? toText(value) : null;
}

function toDate(value: unknown): CellValue {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') {
    const m = ISO_DATE.exec(value);
    // Midnight UTC: exceljs converts dates to serials in UTC, so the day never shifts with the machine's timezone.
    if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return toText(value);
}

function toText(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  else if (typeof value === 'object') text = safeJson(value);
  else text = String(value);
  return text;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? '';
  } catch {
    return String(value);
  }
}

/** One formatter for every cell: `toLocaleString` with options builds a new one per call. */
const NUMBER_TEXT = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const PERCENT_TEXT = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });

/** How the value reads on screen, for column widths; close enough, not exact. */
export function displayLength(value: CellValue, type: ColumnType): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  if (typeof value === 'number') {
    // '0.0%': a change of +7 700 % is wider than the usual 45.5 %.
    if (type === 'percent') return PERCENT_TEXT.format(value).length;
    return NUMBER_TEXT.format(value).length;
  }
  // The longest line, since text may hold line breaks.
  return value.split(/\r?\n/).reduce((max, line) => Math.max(max, line.length), 0);
}
