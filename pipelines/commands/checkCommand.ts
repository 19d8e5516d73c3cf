import { Command } from 'commander';
import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from './printChecks.ts';

export function checkCommand(io: CliIO): Command {
  return new Command('check')
    .description('run the data checks and list the failing rows with their locations (exit 2 if an error-level check fails)')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period')
    .addHelpText('after', example('kenes check --period 2023'))
    .action(async (opts: { workspace: string; period?: string }) => {
      const [{ withBuiltWorkspace }, { failedErrors }, { withLockedWorkspace }] = await Promise.all([import('../report.ts'), import('../build.ts'), import('../workspaceLock.ts')]);
      // check rebuilds the marts, so it writes the database like build does.
      await withLockedWorkspace(opts.workspace, 'check', () => withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        printChecks(io, build.checks, true);
        const errors = failedErrors(build.checks);
        const warnings = build.checks.filter((c) => c.severity === 'warn' && c.failures > 0);
        if (errors.length > 0) {
          throw new KenesError('check.failed', `${errors.length} data check(s) found errors${warnings.length ? `, ${warnings.length} warning(s)` : ''}`, { exitCode: EXIT_DATA });
        }
        io.out(warnings.length ? `no errors; ${warnings.length} warning(s)` : 'all checks pass');
      }, { checks: true }));
    });
}
