import { Command } from 'commander';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';
import { printChecks } from '../printChecks.ts';
import { strictStop, summarizeChecks } from '../../pipelines/build/summarizeChecks.ts';

export function buildCommand(io: CliIO): Command {
  return new Command('build')
    .description('run the SQL models (staging → core → marts) and the data checks; lists the data errors and builds every figure (exit 0); --strict stops (exit 2) on a data error')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period the marts are computed for (default: config default_period, else the current year)')
    .option('--strict', 'a final, publishable run: exit 2 when any error-level data check fails')
    .addHelpText('after', example('kenes build --period 2023', 'kenes build --period 2023 --strict'))
    .action(async (opts: { workspace: string; period?: string; strict?: boolean }) => {
      const [{ withBuiltWorkspace }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/build/withBuiltWorkspace.ts'), import('../../workspace/workspaceLock.ts')]);
      await withLockedWorkspace(opts.workspace, 'build', () => withBuiltWorkspace(opts.workspace, opts.period, loggerFor(io), async (_ws, _db, build) => {
        io.out(`built ${build.models.length} models for ${build.period}`);
        printChecks(io, build.checks);
        if (opts.strict) strictStop(build.checks, 'build.checksFailed');
        io.out(summarizeChecks(build.checks));
      }, { rebuild: true, checks: true }));
    });
}
