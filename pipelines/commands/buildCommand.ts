import { Command } from 'commander';
import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from './printChecks.ts';

export function buildCommand(io: CliIO): Command {
  return new Command('build')
    .description('run the SQL models (staging → core → marts) and the data checks; stops (exit 2) on a failed error check')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period the marts are computed for (default: config default_period, else the current year)')
    .addHelpText('after', example('kenes build --period 2023'))
    .action(async (opts: { workspace: string; period?: string }) => {
      const [{ withBuiltWorkspace }, { failedErrors }, { withLockedWorkspace }] = await Promise.all([import('../report.ts'), import('../build.ts'), import('../workspaceLock.ts')]);
      await withLockedWorkspace(opts.workspace, 'build', () => withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        io.out(`built ${build.models.length} models for ${build.period}`);
        printChecks(io, build.checks);
        const errors = failedErrors(build.checks);
        if (errors.length > 0) {
          throw new KenesError('build.checksFailed', `${errors.length} data check(s) failed: ${errors.map((c) => c.name).join(', ')}`, {
            exitCode: EXIT_DATA, hint: 'Run `kenes check` for every offending row with its location.',
          });
        }
      }, { rebuild: true, checks: true }));
    });
}
