import { existsSync } from 'node:fs';
import { Command, Option } from 'commander';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import { example, workspaceOption, type CliIO } from './cliSupport.ts';

export function queryCommand(io: CliIO): Command {
  return new Command('query')
    .description('run a read-only SQL query against the workspace database (personal data masked unless --include-personal-data)')
    .argument('<sql>', 'a query, e.g. "select * from mart_period_metrics"')
    .addOption(workspaceOption())
    .addOption(new Option('-f, --format <format>', 'output format (default: table at a terminal, JSON when piped)').choices(['table', 'csv', 'json']))
    .option('--include-personal-data', "show applicants' names, contacts, IINs, phones, e-mails and addresses as stored (masked by default)")
    .addHelpText('after', [
      '',
      "Personal data — the appeals register's applicant, contact and summary columns, and IINs, phone",
      'numbers, e-mails, street addresses and applicants\' names inside any text — is masked in the',
      'output ([ФИО], [телефон], …) unless --include-personal-data is given.',
      example(`kenes query "select metric, value from mart_period_metrics order by metric"`),
    ].join('\n'))
    .action(async (sql: string, opts: { workspace: string; format?: 'table' | 'csv' | 'json'; includePersonalData?: boolean }) => {
      const [{ openWorkspace }, { openDatabase, queryRows }, { formatRows }, { maskRow }, { loadApplicantNames }] = await Promise.all([
        import('../../workspace/workspace.ts'), import('../../workspace/db.ts'), import('../formatRows.ts'),
        import('../../sources/privacy/maskRow.ts'), import('../../pipelines/report/loadApplicantNames.ts')]);
      const { cleanOutputValue } = await import('../../reports/cleanOutputValue.ts');
      const ws = await openWorkspace(opts.workspace);
      // Read-only: a query cannot change what ingest and build keep consistent (or slip round the masking
      // by copying personal data into a table of its own). A workspace with no database yet gets an empty one.
      const db = await openDatabase(ws.dbPath, { readOnly: existsSync(ws.dbPath) });
      try {
        const rows = await queryRows(db, sql).catch((cause: Error) => {
          const readOnly = /read-only/i.test(cause.message);
          throw new KenesError('query.failed', cause.message.split('\n')[0], {
            exitCode: EXIT_USAGE,
            hint: readOnly
              ? 'kenes query only reads: data changes through kenes ingest, the marts through kenes build.'
              : 'Tables: raw_*, stg_*, dim_*, fct_*, mart_*, rejects, batches.',
          });
        });
        const names = opts.includePersonalData ? undefined : await loadApplicantNames(db);
        const shown = opts.includePersonalData ? rows : rows.map((row) => maskRow(cleanOutputValue(row), { names }));
        // (Cleaned before masking: a control character inside a phone number would hide it from the mask, and
        // the CSV's cleaning would then join it again.)
        const cleaned: string[] = [];
        io.out(formatRows(shown, opts.format ?? (io.isTTY ? 'table' : 'json'), (where) => cleaned.push(where)));
        // Nothing changed silently: the output differs from the database in these cells (see cleanOutputText).
        if (cleaned.length > 0) io.err(`warning: ${cleaned.length} cell(s) cleaned for output (control characters, broken characters or over-long text): ${cleaned.slice(0, 5).join('; ')}${cleaned.length > 5 ? '; …' : ''}`);
      } finally {
        db.close();
      }
    });
}
