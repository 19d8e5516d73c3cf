import { Command } from 'commander';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

export function restoreCommand(io: CliIO): Command {
  return new Command('restore')
    .description('read a backup (written by `kenes backup`) back into the workspace database')
    .argument('<dir>', 'the backup folder')
    .addOption(workspaceOption())
    .option('--force', 'replace a database that already holds data (the current one is kept beside it as .before-restore-*)')
    .addHelpText('after', example('kenes init restored && kenes restore backups/20240115-093000 -w restored'))
    .action(async (dir: string, opts: { workspace: string; force?: boolean }) => {
      const [{ openWorkspace }, { restoreDatabase }, { withWorkspaceLock }] = await Promise.all([
        import('../../workspace/workspace.ts'), import('../../workspace/backup.ts'), import('../../workspace/workspaceLock.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const result = await withWorkspaceLock(ws.dir, 'restore', () => restoreDatabase(ws, dir, { force: opts.force }));
      const rows = Object.values(result.tables).reduce((n, c) => n + c, 0);
      io.out(`restored ${Object.keys(result.tables).length} tables (${rows} rows) into ${result.dbPath}`);
      if (result.previous) io.out(`the previous database is kept as ${result.previous}`);
    });
}
