import { Command, Option } from 'commander';
import { example, loggerFor, workspaceOption, type CliIO } from './cliSupport.ts';

export function templateCommand(io: CliIO): Command {
  return new Command('template')
    .description('write Excel input templates, one per register, with dropdowns from the workspace')
    .addOption(workspaceOption())
    .option('-o, --out <dir>', 'output folder (default: the workspace templates/)')
    .addOption(new Option('-l, --lang <lang>', 'language of titles and instructions').choices(['ru', 'kk', 'en']))
    .addHelpText('after', example('kenes template --out templates/'))
    .action(async (opts: { workspace: string; out?: string; lang?: 'ru' | 'kk' | 'en' }) => {
      const [{ writeTemplates }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/report/writeTemplates.ts'), import('../../workspace/workspaceLock.ts')]);
      // Reads the members and bodies from the database: not while another command writes it.
      const files = await withLockedWorkspace(opts.workspace, 'template', () => writeTemplates(opts.workspace, { out: opts.out, lang: opts.lang, logger: loggerFor(io) }));
      for (const file of files) io.out(file);
    });
}
