import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import type { CheckResult, Severity } from './build.ts';

// Type-only imports from build.ts: the CLI loads this file at start, and build.ts brings DuckDB.

/** The checks that failed with severity `error`: what makes a `--strict` build or report stop. */
export function failedErrors(checks: CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.severity === 'error' && c.failures > 0);
}

/** Offending rows of error-level and of warning-level checks: "2 data errors, 5 warnings". */
export function countFailures(checks: CheckResult[]): { errors: number; warnings: number } {
  const failing = (severity: Severity) => checks.filter((c) => c.severity === severity).reduce((n, c) => n + c.failures, 0);
  return { errors: failing('error'), warnings: failing('warn') };
}

const rows = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "built; 2 data errors, 5 warnings — see kenes check", or "built; all checks pass". */
export function summarizeChecks(checks: CheckResult[], done = 'built'): string {
  const { errors, warnings } = countFailures(checks);
  if (errors + warnings === 0) return `${done}; all checks pass`;
  return `${done}; ${rows(errors, 'data error', 'data errors')}, ${rows(warnings, 'warning', 'warnings')} — see kenes check`;
}

/** `--strict`: a final, publishable run refuses while any error-level check fails (exit 2). */
export function strictStop(checks: CheckResult[], code: string): void {
  const errors = failedErrors(checks);
  if (errors.length === 0) return;
  const { errors: count } = countFailures(checks);
  throw new KenesError(code, `--strict: ${rows(count, 'data error', 'data errors')} in ${errors.length} check(s): ${errors.map((c) => c.name).join(', ')}`, {
    exitCode: EXIT_DATA, hint: 'Run `kenes check` for every offending row with its location; without --strict the outputs are written as a draft.',
  });
}
