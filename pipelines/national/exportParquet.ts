/**
 * `kenes export parquet`: the workspace's core tables as Parquet, hive-
 * partitioned by council and year (`<out>/fct_appeals/council=almaty/year=2024/
 * data_0.parquet`), so a national analytics can read every council's export
 * from one folder or bucket with DuckDB, Spark or Trino (see `kenes rollup`).
 *
 * Many councils export into the same folder: each export replaces only its own
 * `council=<id>` partitions. They are written to a temp folder beside them and
 * swapped in per table, so a reader never sees half an export of a table.
 * No personal data leaves: applicants' fields stop at staging and are not in
 * the core tables, and the free-text note of attendance is left out too.
 */
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sqlString } from '../../sources/contracts/contractSql.ts';
import { appeals } from '../../sources/contracts/appeals.ts';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { Config } from '../../workspace/config.ts';
import { queryRows, queryValue, quoteIdent, type Db } from '../../workspace/db.ts';

export interface ParquetTable {
  /** Folder name in the export, and the table name national SQL reads. */
  name: string;
  /** The query that gives its rows (models of sql/core, a staging table). */
  source: string;
  /** SQL giving each row's year partition; null: partitioned by council only. */
  year: string | null;
  /** Columns never exported (personal or free text). */
  exclude?: readonly string[];
}

const PERSONAL = Object.entries(appeals.columns).filter(([, c]) => c.personal).map(([n]) => n);

export const PARQUET_TABLES: readonly ParquetTable[] = [
  { name: 'dim_members', source: 'dim_members', year: 'year(joined_on)' },
  { name: 'dim_bodies', source: 'dim_bodies', year: null },
  { name: 'fct_meetings', source: 'fct_meetings', year: 'year(meeting_date)' },
  { name: 'fct_attendance', source: 'fct_attendance', year: 'year(meeting_date)', exclude: ['note'] },
  { name: 'fct_activities', source: 'fct_activities', year: 'year(date_start)' },
  { name: 'fct_activity_participants', source: 'fct_activity_participants', year: null },
  { name: 'fct_appeals', source: 'fct_appeals', year: 'year(received_on)', exclude: PERSONAL },
  { name: 'fct_letters', source: 'fct_letters', year: 'year(sent_on)' },
  { name: 'fct_npa_reviews', source: 'fct_npa_reviews', year: 'year(coalesce(reviewed_on, received_on))' },
  { name: 'fct_media', source: 'fct_media', year: 'year(month_start)' },
  // What each row counts toward: the rollup adds these up, so national figures use the council's own definitions.
  { name: 'int_metric_events', source: 'int_metric_events', year: 'year(event_date)' },
  // The figures of a moment as steps, and the span each metric has data for: a rollup reads any period's value,
  // or its absence, from the council's own definitions.
  { name: 'int_metric_moments', source: 'int_metric_moments', year: null },
  { name: 'int_metric_coverage', source: 'int_metric_coverage', year: null },
  { name: 'stated_figures', source: 'stg_stated_figures', year: 'year(period_to)' },
];

export interface ParquetExport {
  council: string;
  dir: string;
  tables: { table: string; rows: number }[];
}

/** Writes the built workspace's core tables into `outDir`, replacing this council's earlier export. */
export async function exportParquet(db: Db, config: Config, outDir: string): Promise<ParquetExport> {
  const council = config.council.id;
  const dir = resolve(outDir);
  const existing = new Set((await queryRows(db, `select table_name from information_schema.tables where table_schema = 'main'`)).map((r) => String(r.table_name)));
  const missing = PARQUET_TABLES.filter((t) => !existing.has(t.source)).map((t) => t.source);
  if (missing.length > 0) {
    throw new KenesError('export.notBuilt', `the workspace has no ${missing.join(', ')} yet`, { exitCode: EXIT_USAGE, hint: 'Run `kenes build` first.' });
  }
  const staging = join(dir, `.kenes-export-${council}-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const tables: ParquetExport['tables'] = [];
  try {
    // The council's own row: its id and names, for the national workbook's labels.
    await copyPartitioned(db, `select ${sqlString(council)} as council, ${sqlString(config.council.name)} as name,
      ${sqlString(config.council.name_kk ?? config.council.name)} as name_kk, ${sqlString(config.council.name_en ?? config.council.name)} as name_en`,
    join(staging, 'councils'), false);
    for (const table of PARQUET_TABLES) {
      const columns = (await queryRows(db, `select column_name from information_schema.columns where table_name = $t and table_schema = 'main'`, { t: table.source })).map((r) => String(r.column_name));
      const exclude = (table.exclude ?? []).filter((c) => columns.includes(c));
      const select = `select * ${exclude.length ? `exclude (${exclude.map(quoteIdent).join(', ')})` : ''},
        ${sqlString(council)} as council${table.year ? `, ${table.year} as year` : ''}
        from ${quoteIdent(table.source)}`;
      tables.push({ table: table.name, rows: await copyPartitioned(db, select, join(staging, table.name), table.year !== null) });
    }
    // The councils row last: a council is listed (listExportedCouncils) only once all its tables are in.
    for (const name of [...PARQUET_TABLES.map((t) => t.name), 'councils']) {
      const from = join(staging, name, `council=${council}`);
      const to = join(dir, name, `council=${council}`);
      await rm(to, { recursive: true, force: true });
      // A table with no rows writes no partition: nothing to swap in, and the old one is gone.
      if (await stat(from).catch(() => null)) {
        await mkdir(join(dir, name), { recursive: true });
        await rename(from, to);
      }
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { council, dir, tables };
}

async function copyPartitioned(db: Db, select: string, path: string, byYear: boolean): Promise<number> {
  // COPY takes no bound parameters: the path and the council id enter as quoted literals.
  const rows = await queryValue<number>(db, `copy (${select}) to ${sqlString(path)}
    (format parquet, compression zstd, partition_by (council${byYear ? ', year' : ''}), overwrite_or_ignore true)`);
  return Number(rows ?? 0);
}

/** The councils exported into a folder so far. */
export async function listExportedCouncils(dir: string): Promise<string[]> {
  const names = await readdir(join(dir, 'councils')).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith('council=')).map((n) => n.slice('council='.length)).sort();
}
