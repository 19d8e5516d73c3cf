import { Command } from 'commander';
import { EXIT_DATA, KenesError } from '../../sources/KenesError.ts';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from './printChecks.ts';

export function checkCommand(io: CliIO): Command {
  return new Command('check')
    .description('run the data checks and list the failing rows with their locations (exit 2 if any fail)')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period')
    .addHelpText('after', example('kenes check --period 2023'))
    .action(async (opts: { workspace: string; period?: string }) => {
      const { withBuiltWorkspace } = await import('../report.ts');
      await withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        printChecks(io, build.checks, true);
        const failing = build.checks.filter((c) => c.failures > 0);
        if (failing.length > 0) {
          throw new KenesError('check.failed', `${failing.length} data check(s) found problems`, { exitCode: EXIT_DATA });
        }
      });
    });
}
