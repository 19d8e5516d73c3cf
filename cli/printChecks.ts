import type { CheckResult } from '../pipelines/build/build.ts';
import { describeCheckRow } from '../pipelines/build/describeCheckRow.ts';
import { formatLocation } from '../sources/KenesError.ts';
import type { CliIO } from './commands/cliSupport.ts';

/**
 * One line per data check (ok, FAIL for a data error, WARN for a warning) with its severity and
 * what it checks; with `detailed`, every kept offending row as a sentence:
 * `attendance.xlsx:Лист1:row 14 — "Иванов И.И." matches no member… (candidates: …)`.
 * Without it, only errors show their first rows, so `kenes build` says where to look.
 */
export function printChecks(io: CliIO, checks: CheckResult[], detailed = false): void {
  for (const c of checks) {
    const mark = c.failures === 0 ? 'ok  ' : c.severity === 'error' ? 'FAIL' : 'WARN';
    const count = c.failures ? ` — ${c.severity === 'error' ? 'error' : 'warning'}, ${c.failures} row${c.failures === 1 ? '' : 's'}` : '';
    io.out(`  ${mark} ${c.name}${count}${c.failures && c.description ? `: ${c.description}` : ''}`);
    if (!c.failures) continue;
    const shown = detailed ? c.sample : c.severity === 'error' ? c.sample.slice(0, 5) : [];
    for (const r of shown) {
      const { location, problem, candidates } = describeCheckRow(c, r);
      const where = formatLocation(location);
      io.out(`       ${where ? `${where} — ` : ''}${problem}${candidates ? ` (candidates: ${candidates})` : ''}`);
    }
    if (shown.length > 0 && c.failures > shown.length) io.out(`       … ${c.failures - shown.length} more${detailed ? '' : ' (kenes check lists them)'}`);
  }
}
