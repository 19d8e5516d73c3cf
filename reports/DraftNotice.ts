/**
 * What makes a report a draft: the open data errors (error-level checks that fail) and the
 * figures they touch, already worded in the report language. Every output shows it the same
 * way — the workbook's first sheet, the dashboard's banner, the top of the text draft — and a
 * report without open errors has none (the field is left out), so nothing is shown.
 */
import { formatLocation } from '../sources/KenesError.ts';
import type { Labels } from './i18n/getLabels.ts';
export interface OpenError {
  /** The check's name (sql/checks/<check>.sql). */
  check: string;
  /** What is wrong, in the report language (labels.checks[check].title). */
  title: string;
  /** The row's own sentence, as the check words it (names, values, ids). */
  details: string;
  file: string | null;
  sheet: string | null;
  /** The register row, or for a document its text line (`line`). */
  row: number | null;
  line: number | null;
  candidates: string | null;
  /** What to do, in the report language (labels.checks[check].todo). */
  todo: string;
}

export interface DraftNotice {
  /** Offending rows of the error-level checks, all of them (also those not listed). */
  errorCount: number;
  /** "Черновик: ошибок в данных — 2. …" */
  banner: string;
  errors: OpenError[];
  /** Offending rows counted but not listed (more than the report lists per check). */
  unlisted: number;
  /** "Заседание 14.03.2025 · Совет (C1): кворум — посещаемость неполная — не распознано имён: 1" */
  touched: string[];
}

/** An error's place as every kenes message writes one: `attendance.xlsx:Лист1:row 14`, `protocol.docx:line 31`. */
export function placeOf(error: OpenError): string {
  return formatLocation({ file: error.file ?? undefined, sheet: error.sheet ?? undefined, row: error.row ?? undefined, line: error.line ?? undefined });
}

/** One error as a line of the dashboard's banner and of the text draft: what, where, the row's words, what to do. */
export function describeOpenError(error: OpenError, labels: Labels): string {
  const where = placeOf(error);
  const candidates = error.candidates ? ` (${labels.columns.candidates}: ${error.candidates})` : '';
  return `${error.title}${where ? ` — ${where}` : ''} — ${error.details}${candidates}. ${error.todo}`;
}
