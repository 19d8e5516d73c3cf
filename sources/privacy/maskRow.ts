/**
 * One row (a query result, a mart row, a sheet row) made safe to show: the
 * appeals register's personal columns (`applicant`, `contact`, `summary`,
 * marked `personal` in the contracts) are replaced whole, and every other
 * text cell has the personal data inside it masked. Numbers, dates and
 * booleans pass unchanged.
 *
 * `public: true` (reports made with `--public`) always masks, whatever
 * `includePersonalData` says; otherwise `includePersonalData: true` returns
 * the row as it is.
 */
import { REGISTERS } from '../contracts/registers.ts';
import type { ApplicantNames } from './ApplicantNames.ts';
import { MASKS, maskPersonalData } from './maskPersonalData.ts';

export interface MaskOptions {
  public?: boolean;
  includePersonalData?: boolean;
  names?: ApplicantNames;
}

/** Column names that hold personal data in some register (applicant, contact, summary). */
export const PERSONAL_COLUMNS: ReadonlySet<string> = new Set(
  REGISTERS.flatMap((r) => Object.entries(r.columns).filter(([, c]) => c.personal).map(([name]) => name)),
);

export function maskRow<T extends Record<string, unknown>>(row: T, options: MaskOptions = {}): T {
  if (options.includePersonalData && !options.public) return row;
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) out[column] = maskCell(value, column, options);
  return out as T;
}

/** One cell; `column` decides whether it is a personal column, masked whole. */
export function maskCell(value: unknown, column: string | null, options: MaskOptions = {}): unknown {
  if (options.includePersonalData && !options.public) return value;
  if (value === null || value === undefined) return value;
  if (column !== null && PERSONAL_COLUMNS.has(column.toLowerCase())) return MASKS.column;
  if (typeof value === 'string') return maskPersonalData(value, { names: options.names });
  if (Array.isArray(value)) return value.map((v) => maskCell(v, null, options));
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, maskCell(v, k, options)]));
  }
  return value;
}
