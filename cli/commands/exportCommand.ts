/**
 * `kenes export`: exports of a built workspace, one subcommand each — `quarterly`
 * (one commission's quarter as .xlsx, for the secretariat) and `parquet` (the core
 * tables for national analytics). Both build what is out of date first, so both
 * hold the workspace lock.
 */
import { Command, Option } from 'commander';
import { example, loggerFor, withSubcommands, workspaceOption, type CliIO } from './cliSupport.ts';

export function exportCommand(io: CliIO): Command {
  const parent = new Command('export').description('secretariat exports: quarterly commission summaries; Parquet for national analytics');
  return withSubcommands(parent, [quarterlyCommand(io), parquetCommand(io)]);
}

function quarterlyCommand(io: CliIO): Command {
  return new Command('quarterly')
    .description("one commission's quarter (meetings, monitorings, hearings, round tables, appeals and answers) as .xlsx")
    .addOption(workspaceOption())
    .requiredOption('-c, --commission <id>', 'commission id, as in kenes.config.json (3, or "commission 3")')
    .requiredOption('-p, --period <quarter>', 'the quarter: 2025-Q3')
    .addOption(new Option('-l, --lang <lang>', 'language of labels').choices(['ru', 'kk', 'en']))
    .option('-o, --out <dir>', 'output folder (default: the workspace out/)')
    .option('--public', 'leave out all personal data of applicants')
    .addHelpText('after', example('kenes export quarterly --commission 3 --period 2025-Q3'))
    .action(async (opts: { workspace: string; commission: string; period: string; lang?: 'ru' | 'kk' | 'en'; out?: string; public?: boolean }) => {
      const [{ exportQuarterly }, { withLockedWorkspace }] = await Promise.all([import('../../pipelines/report/exportQuarterly.ts'), import('../../workspace/workspaceLock.ts')]);
      // Builds the marts for the quarter, so it writes the database: one writer at a time.
      io.out(await withLockedWorkspace(opts.workspace, 'export quarterly', () => exportQuarterly(opts.workspace, { ...opts, logger: loggerFor(io) })));
    });
}

function parquetCommand(io: CliIO): Command {
  return new Command('parquet')
    .description('the core tables as Parquet, partitioned by council and year, for national analytics (`kenes rollup`); replaces this council\'s earlier export in DIR')
    .addOption(workspaceOption())
    .requiredOption('-o, --out <dir>', 'the export folder (shared by all councils: a folder or a synced bucket)')
    .addHelpText('after', example('kenes export parquet --out /srv/national'))
    .action(async (opts: { workspace: string; out: string }) => {
      const [{ withBuiltWorkspace }, { exportParquet }, { withLockedWorkspace }] = await Promise.all([
        import('../../pipelines/build/withBuiltWorkspace.ts'), import('../../pipelines/national/exportParquet.ts'), import('../../workspace/workspaceLock.ts')]);
      // The core tables do not depend on the period; the build brings them up to date with the inputs,
      // so it writes the database: one writer at a time, as for every command that builds.
      const result = await withLockedWorkspace(opts.workspace, 'export parquet',
        () => withBuiltWorkspace(opts.workspace, undefined, loggerFor(io), (ws, db) => exportParquet(db, ws.config, opts.out)));
      if (!io.isTTY) return io.out(JSON.stringify(result, null, 2));
      io.out(`council ${result.council} → ${result.dir}`);
      for (const t of result.tables) io.out(`  ${t.table}: ${t.rows} rows`);
    });
}
