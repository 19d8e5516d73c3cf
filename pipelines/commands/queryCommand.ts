import { Command, Option } from 'commander';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

export function queryCommand(io: CliIO): Command {
  return new Command('query')
    .description('run SQL against the workspace database')
    .argument('<sql>', 'a query, e.g. "select * from mart_period_metrics"')
    .addOption(workspaceOption())
    .addOption(new Option('-f, --format <format>', 'output format (default: table at a terminal, JSON when piped)').choices(['table', 'csv', 'json']))
    .addHelpText('after', example(`kenes query "select metric, value from mart_period_metrics order by metric"`))
    .action(async (sql: string, opts: { workspace: string; format?: 'table' | 'csv' | 'json' }) => {
      const [{ openWorkspace }, { openDatabase, queryRows }, { formatRows }] = await Promise.all([
        import('../workspace.ts'), import('../db.ts'), import('../formatRows.ts')]);
      const ws = await openWorkspace(opts.workspace);
      const db = await openDatabase(ws.dbPath);
      try {
        const rows = await queryRows(db, sql).catch((cause: Error) => {
          throw new KenesError('query.failed', cause.message, { exitCode: EXIT_USAGE, hint: 'Tables: raw_*, stg_*, dim_*, fct_*, mart_*, rejects, batches.' });
        });
        io.out(formatRows(rows, opts.format ?? (io.isTTY ? 'table' : 'json')));
      } finally {
        db.close();
      }
    });
}
