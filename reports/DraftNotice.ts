/**
 * What makes a report a draft: the open data errors (error-level checks that fail) and the
 * figures they touch, already worded in the report language. Every output shows it the same
 * way — the workbook's first sheet, the dashboard's banner, the top of the text draft — and a
 * report without open errors has none (the field is left out), so nothing is shown.
 */
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
