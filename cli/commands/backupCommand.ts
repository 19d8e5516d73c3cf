import { Command } from 'commander';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

export function backupCommand(io: CliIO): Command {
  return new Command('backup')
    .description('write the whole workspace database as Parquet files (a FULL copy, personal data of applicants included)')
    .addOption(workspaceOption())
    .option('-o, --out <dir>', 'folder to write (default: backups/<timestamp> in the workspace; never inside out/)')
    .addHelpText('after', [
      '',
      'A backup is a full copy of the database: raw registers with applicants\' names, contacts and',
      'appeal texts as ingested. Store it like the database itself and never publish it.',
      'Restore it with `kenes restore DIR`.',
      example('kenes backup', 'kenes backup --out /mnt/safe/kenes-2024-01-15'),
    ].join('\n'))
    .action(async (opts: { workspace: string; out?: string }) => {
      const [{ openWorkspace }, { backupDatabase }, { withWorkspaceLock }] = await Promise.all([
        import('../../workspace/workspace.ts'), import('../../workspace/backup.ts'), import('../../workspace/workspaceLock.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const result = await withWorkspaceLock(ws.dir, 'backup', () => backupDatabase(ws, opts.out));
      const rows = Object.values(result.tables).reduce((n, c) => n + c, 0);
      io.out(`backup written: ${result.dir} (${Object.keys(result.tables).length} tables, ${rows} rows; contains personal data)`);
    });
}
