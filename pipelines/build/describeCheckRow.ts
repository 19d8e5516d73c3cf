/**
 * One offending row of a data check as a person reads it: where it is (file, sheet, row or
 * line), what is wrong in a sentence, and the members a name could be. `kenes check` prints it
 * and the draft report's first sheet lists it, so both say the same thing the same way.
 */
import type { Location } from '../../sources/KenesError.ts';
import type { CheckResult } from './build.ts';
import type { Row } from '../../workspace/db.ts';

export interface CheckRowText {
  location: Location;
  /** The check's sentence for the row; the check's own description when a row brings none. */
  problem: string;
  candidates?: string;
}

export function describeCheckRow(check: Pick<CheckResult, 'name' | 'description'>, row: Row): CheckRowText {
  const text = (v: unknown) => (v === null || v === undefined || String(v).trim() === '' ? undefined : String(v));
  const number = (v: unknown) => (v === null || v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v));
  return {
    location: { file: text(row.source_file), sheet: text(row.source_sheet), row: number(row.source_row), line: number(row.source_line) },
    // A check whose sentence came out null (a null column in a concatenation) still says what it checks.
    problem: text(row.problem) ?? (check.description || check.name),
    candidates: text(row.candidates),
  };
}
