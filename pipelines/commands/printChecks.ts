import type { CheckResult } from '../build.ts';
import { describeCheckRow } from '../describeCheckRow.ts';
import { formatLocation } from '../../sources/KenesError.ts';
import type { CliIO } from './cliSupport.ts';

/**
<<<<<<< HEAD
 * One line per data check (ok, FAIL for a data error, WARN for a warning) with its severity and
 * what it checks; with `detailed`, every kept offending row as a sentence:
 * `attendance.xlsx:Лист1:row 14 — "Иванов И.И." matches no member… (candidates: …)`.
 * Without it, only errors show their first rows, so `kenes build` says where to look.
=======
 * One line per data check (ok, WARN or FAIL); with `detailed`, the offending rows
 * with their locations (`file:sheet:row N`, or `file:line N` for documents). Without it,
 * only failing checks show their first rows, so `kenes build` says where to look.
>>>>>>> h-names
 */
export function printChecks(io: CliIO, checks: CheckResult[], detailed = false): void {
  for (const c of checks) {
    const mark = c.failures === 0 ? 'ok  ' : c.severity === 'error' ? 'FAIL' : 'WARN';
    const count = c.failures ? ` — ${c.severity === 'error' ? 'error' : 'warning'}, ${c.failures} row${c.failures === 1 ? '' : 's'}` : '';
    io.out(`  ${mark} ${c.name}${count}${c.failures && c.description ? `: ${c.description}` : ''}`);
    if (!c.failures) continue;
    const shown = detailed ? c.sample : c.severity === 'error' ? c.sample.slice(0, 5) : [];
<<<<<<< HEAD
    for (const r of shown) {
      const { location, problem, candidates } = describeCheckRow(c, r);
      const where = formatLocation(location);
      io.out(`       ${where ? `${where} — ` : ''}${problem}${candidates ? ` (candidates: ${candidates})` : ''}`);
    }
    if (shown.length > 0 && c.failures > shown.length) io.out(`       … ${c.failures - shown.length} more${detailed ? '' : ' (kenes check lists them)'}`);
  }
}
=======
    for (const r of shown) io.out(`       ${locationOf(r)} — ${r.problem ?? describeRow(r)}`);
    if (shown.length > 0 && c.failures > shown.length) io.out(`       … ${c.failures - shown.length} more (kenes check lists them)`);
  }
}

function locationOf(row: Record<string, unknown>): string {
  const file = `${row.source_file ? String(row.source_file) : ''}${row.source_sheet ? `:${String(row.source_sheet)}` : ''}`;
  if (row.source_row !== null && row.source_row !== undefined) return `${file}:row ${row.source_row}`;
  if (row.source_line !== null && row.source_line !== undefined) return `${file}:line ${row.source_line}`;
  return file;
}

/** A row whose check wrote no sentence (its problem came out null): its fields, as words, not JSON. */
function describeRow(row: Record<string, unknown>): string {
  return Object.entries(row).filter(([k, v]) => !k.startsWith('source_') && k !== 'problem' && v !== null && v !== undefined)
    .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('; ') || 'see the check';
}
>>>>>>> h-names
