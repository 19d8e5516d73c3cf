import type { CheckResult } from '../build.ts';
import type { CliIO } from './cliSupport.ts';

/** One line per data check; with `detailed`, the offending rows with their locations. */
export function printChecks(io: CliIO, checks: CheckResult[], detailed = false): void {
  for (const c of checks) {
    io.out(`  ${c.failures === 0 ? 'ok  ' : 'FAIL'} ${c.name}${c.failures ? ` — ${c.failures} row(s)` : ''}`);
    if (c.failures && detailed) {
      for (const r of c.sample) io.out(`       ${r.source_file ?? ''}${r.source_row ? `:row ${r.source_row}` : ''} — ${r.problem ?? JSON.stringify(r)}`);
      if (c.failures > c.sample.length) io.out(`       … ${c.failures - c.sample.length} more`);
    }
  }
}
