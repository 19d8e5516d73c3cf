import { Command } from 'commander';
import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from '../printChecks.ts';

/** Offending rows listed per check: all of them in practice, bounded so a broken register cannot flood the terminal. */
const CHECK_ROWS = 1000;

export function checkCommand(io: CliIO): Command {
  return new Command('check')
    .description('run the data checks and list every offending row as a sentence with its file, sheet and row (exit 2 if an error-level check fails)')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period')
    .option('--json', 'the checks and their rows as JSON (for scripts)')
    .addHelpText('after', example('kenes check --period 2023', 'kenes check --json'))
    .action(async (opts: { workspace: string; period?: string; json?: boolean }) => {
      const [{ withBuiltWorkspace }, { countFailures }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/build/withBuiltWorkspace.ts'), import('../../pipelines/build/summarizeChecks.ts'), import('../../workspace/workspaceLock.ts')]);
      // check rebuilds the marts, so it writes the database like build does.
      await withLockedWorkspace(opts.workspace, 'check', () => withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        const { errors, warnings } = countFailures(build.checks);
        if (opts.json) io.out(JSON.stringify({ period: build.period, errors, warnings, checks: build.checks }, null, 2));
        else printChecks(io, build.checks, true);
        if (errors > 0) {
          throw new KenesError('check.failed', `${errors} data error(s)${warnings ? `, ${warnings} warning(s)` : ''}`, {
            exitCode: EXIT_DATA, hint: 'The reports are written as drafts until they are fixed; `kenes build --strict` and `kenes report --strict` refuse.',
          });
        }
        if (!opts.json) io.out(warnings ? `no errors; ${warnings} warning(s)` : 'all checks pass');
      }, { checks: true, checkRows: CHECK_ROWS }));
    });
}
