import { join } from 'node:path';
import { Command } from 'commander';
import { example, type CliIO } from './cliSupport.ts';

export function initCommand(io: CliIO): Command {
  return new Command('init')
    .description('create a workspace: kenes.config.json, inputs/, out/')
    .argument('<dir>', 'folder to create')
    .option('--council <name>', 'council name', 'Общественный совет')
    .addHelpText('after', example('kenes init almaty --council "Общественный совет г. Алматы"'))
    .action(async (dir: string, opts: { council: string }) => {
      const { initWorkspace } = await import('../../workspace/workspace.ts');
      const ws = await initWorkspace(dir, opts.council);
      io.out(`workspace ready: ${ws.dir}\n  config  ${join(ws.dir, 'kenes.config.json')}\n  inputs  ${ws.inputsDir}\n  out     ${ws.outDir}\n  db      ${ws.dbPath}`);
    });
}
