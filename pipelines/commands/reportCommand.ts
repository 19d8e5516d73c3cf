import { Command, Option } from 'commander';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';

export function reportCommand(io: CliIO): Command {
  return new Command('report')
    .description('write the annual workbook and the dashboard for a period')
    .addOption(workspaceOption())
    .option('-p, --period <period>', 'period: 2025, 2025-H1, 2025-Q3, 2025-05, 2025-05-01..2025-12-31, convocation:IV')
    .addOption(new Option('-l, --lang <lang>', 'language of labels').choices(['ru', 'kk', 'en']))
    .option('-o, --out <dir>', 'output folder (default: the workspace out/)')
    .option('--public', 'leave out all personal data of applicants')
    .addHelpText('after', example('kenes report --period 2023 --lang kk'))
    .action(async (opts: { workspace: string; period?: string; lang?: 'ru' | 'kk' | 'en'; out?: string; public?: boolean }) => {
      const [{ writeReport }, { withLockedWorkspace }] = await Promise.all([import('../report.ts'), import('../workspaceLock.ts')]);
      const result = await withLockedWorkspace(opts.workspace, 'report', () =>
        writeReport(opts.workspace, { period: opts.period, lang: opts.lang, out: opts.out, public: opts.public, logger: loggerFor(io) }));
      for (const file of [...result.files, ...result.extraFiles]) io.out(file);
    });
}
