import { Command, Option } from 'commander';
import { example, loggerFor, withSubcommands, workspaceOption, type CliIO } from './cliSupport.ts';

type Lang = 'ru' | 'kk' | 'en';

export function reportCommand(io: CliIO): Command {
  const report = new Command('report')
    .description('write the annual workbook, the dashboard, chart files and the report draft for a period')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31, convocation:IV')
    .addOption(new Option('-l, --lang <lang>', 'language of labels').choices(['ru', 'kk', 'en']))
    .option('-o, --out <dir>', 'output folder (default: the workspace out/)')
    .option('--public', 'leave out all personal data of applicants')
    .option('--strict', 'a final, publishable run: refuse (exit 2, nothing written) while an error-level data check fails; without it such a report is written marked as a draft')
    .addHelpText('after', example('kenes report --period 2023 --lang kk', 'kenes report --period 2023 --strict', 'kenes report member M17 --period 2023'))
    .action(async (opts: { workspace: string; period?: string; lang?: Lang; out?: string; public?: boolean; strict?: boolean }) => {
      const [{ writeReport }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/report/report.ts'), import('../../workspace/workspaceLock.ts')]);
      const result = await withLockedWorkspace(opts.workspace, 'report', () =>
        writeReport(opts.workspace, { period: opts.period, lang: opts.lang, out: opts.out, public: opts.public, strict: opts.strict, logger: loggerFor(io) }));
      for (const file of [...result.files, ...result.extraFiles]) io.out(file);
      if (result.dataErrors > 0) io.out(`written as a draft: ${result.dataErrors} data error(s) — see kenes check`);
    });
  return withSubcommands(report, [memberCommand(io)]);
}

function memberCommand(io: CliIO): Command {
  return new Command('member')
    .description("one member's record (attendance by meeting, activities, KPI components and rank) for review before the KPIs are published")
    .argument('<id>', 'member id, as in the members register')
    // --workspace, --period, --lang and --out are the report command's own (commander reads a
    // parent's options after the subcommand too); optsWithGlobals() merges them in.
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', example('kenes report member M17 --period 2025 --lang kk'))
    .action(async (id: string, _opts: unknown, command: Command) => {
      const opts = command.optsWithGlobals<{ workspace: string; period?: string; lang?: Lang; out?: string }>();
      const [{ writeMemberSheet }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/report/writeMemberSheet.ts'), import('../../workspace/workspaceLock.ts')]);
      // Builds the marts, so it writes the database: one writer at a time.
      io.out(await withLockedWorkspace(opts.workspace, 'report member', () =>
        writeMemberSheet(opts.workspace, id, { period: opts.period, lang: opts.lang, out: opts.out, logger: loggerFor(io) })));
    });
}
