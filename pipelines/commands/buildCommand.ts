import { Command } from 'commander';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from './printChecks.ts';

export function buildCommand(io: CliIO): Command {
  return new Command('build')
    .description('run the SQL models (staging → core → marts) and the data checks')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period the marts are computed for (default: config default_period, else the current year)')
    .addHelpText('after', example('kenes build --period 2023'))
    .action(async (opts: { workspace: string; period?: string }) => {
      const { withBuiltWorkspace } = await import('../report.ts');
      await withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        io.out(`built ${build.models.length} models for ${build.period}`);
        printChecks(io, build.checks);
      });
    });
}
