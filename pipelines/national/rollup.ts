/**
 * `kenes rollup DIR --period P`: national figures from a folder of council
 * exports (`kenes export parquet`), read in place — each table the models
 * read becomes a view over its Parquet files (DuckDB's dialect step,
 * pipelines/national/nationalDialects.ts), and the models of sql/national, portable SQL,
 * run over those views in an in-memory DuckDB with a memory limit and no file
 * cache. Then a national workbook and dashboard that compare the councils, from
 * the national marts only. The same run for another engine is a script
 * (`nationalScriptText`, `kenes rollup --print-sql clickhouse`).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { sqlString } from '../../sources/contracts/contractSql.ts';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { Lang } from '../../reports/i18n/getLabels.ts';
import { orderModels, type Model } from '../build/build.ts';
import { mentionsTable } from '../build/mentionsTable.ts';
import { openDatabase, queryRows, run, type Db, type Row } from '../../workspace/db.ts';
import { listExportedCouncils, PARQUET_TABLES } from './exportParquet.ts';
import type { Logger } from '../../workspace/Logger.ts';
import { duckdbDialect, nationalDialect, type NationalDialect, type NationalEngine, type NationalStatement, type PartitionKey } from './nationalDialects.ts';
import { parsePeriod, type Period } from '../build/parsePeriod.ts';
import { SQL_DIR } from '../../workspace/paths.ts';
import { runWithProgress, silentProgress, type Progress } from '../../workspace/progress.ts';

export interface RollupOptions {
  period: string;
  lang?: Lang;
  /** Output folder for the workbook and dashboard (default: DIR/out). */
  out?: string;
  /** DuckDB memory limit; spills to disk beyond it. */
  memoryLimit?: string;
  /** Write no workbook or dashboard (the marts only; for tests). */
  noReports?: boolean;
  logger: Logger;
  progress?: Progress;
}

export interface RollupResult {
  period: string;
  councils: number;
  models: string[];
  totals: Row[];
  files: string[];
}

// Characters a folder path cannot hold: each engine reads the folder's path, then the partition pattern, as one glob.
const GLOB_CHARACTERS = /[*?[\]{}]/;

export async function loadNationalModels(dir = join(SQL_DIR, 'national')): Promise<Model[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return orderModels(await Promise.all(files.map(async (f) => ({ name: basename(f, '.sql'), layer: 'national', path: join(dir, f), sql: await readFile(join(dir, f), 'utf8') }))));
}

/** Whether a Parquet file is anywhere under `folder`: depth first, done at the first (a national folder holds ~30 000). */
async function hasParquet(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  if (entries.some((e) => e.isFile() && e.name.endsWith('.parquet'))) return true;
  for (const entry of entries) if (entry.isDirectory() && (await hasParquet(join(folder, entry.name)))) return true;
  return false;
}

/**
 * The export's tables the models read, each with its folder and hive partition keys; each must be there. The
 * others (fct_meetings, stated_figures…) are for other uses, and a view costs a listing of ~2 600 files.
 */
export async function exportTables(dir: string, models: readonly Model[]): Promise<{ table: string; folder: string; partitions: PartitionKey[] }[]> {
  if (GLOB_CHARACTERS.test(dir)) {
    throw new KenesError('rollup.globInPath', `the folder's path holds a character engines read as a pattern (* ? [ ] { }): ${dir}`, {
      location: { file: dir }, exitCode: EXIT_USAGE, hint: 'Move or link the export to a path without them.',
    });
  }
  const tables = [{ name: 'councils', year: null }, ...PARQUET_TABLES].filter((t) => models.some((m) => mentionsTable(m.sql, t.name)));
  const found: { table: string; folder: string; partitions: PartitionKey[] }[] = [];
  for (const { name, year } of tables) {
    const folder = join(dir, name);
    if (!(await hasParquet(folder))) {
      throw new KenesError('rollup.missingTable', `the export has no ${name} folder`, {
        location: { file: folder }, exitCode: EXIT_USAGE, hint: 'Each council runs `kenes export parquet --out DIR` into this folder.',
      });
    }
    found.push({ table: name, folder, partitions: year === null ? ['council'] : ['council', 'year'] });
  }
  return found;
}

/**
 * The whole national run for one engine: its settings, a view per table folder (read in place; no
 * union_by_name: every export of one kenes version has the same columns, and unifying 20 000 files'
 * schemas costs ~1 GB), cfg_national_period, then every model of sql/national unchanged, in order.
 */
export async function nationalScript(dialect: NationalDialect, dir: string, period: Period, inline = false): Promise<{ statements: NationalStatement[]; models: Model[] }> {
  const models = await loadNationalModels();
  const statements: NationalStatement[] = [
    ...dialect.setup.map((sql) => ({ sql })),
    ...(await exportTables(dir, models)).map((t) => ({ sql: dialect.readTable(t.table, t.folder, t.partitions) })),
    ...dialect.period(period, inline),
  ];
  return { statements, models };
}

/** `nationalScript` as one text, for another engine's client (`kenes rollup --print-sql clickhouse`). */
export async function nationalScriptText(engine: NationalEngine, dir: string, period: Period): Promise<string> {
  const dialect = nationalDialect(engine);
  const { statements, models } = await nationalScript(dialect, resolve(dir), period, true);
  const steps = [...statements.map((s) => s.sql), ...models.map((m) => `-- ${m.name} (sql/national/${m.name}.sql)\n${dialect.materialize(m.name, m.sql.trimEnd())}`)];
  return `-- kenes national rollup for ${engine}: the dialect step, then the models of sql/national unchanged\n${steps.map((s) => `${s};\n`).join('\n')}`;
}

/** The export's tables as views, the period as cfg_national_period, then every model of sql/national, in DuckDB. */
export async function buildNationalMarts(db: Db, dir: string, period: Period, progress: Progress = silentProgress): Promise<void> {
  const { statements, models } = await nationalScript(duckdbDialect, dir, period);
  for (const statement of statements) await run(db, statement.sql, statement.params);
  const task = progress.start('national marts', models.length * 100);
  try {
    for (const [i, model] of models.entries()) {
      try {
        await runWithProgress(db, duckdbDialect.materialize(model.name, model.sql), (p) => task.update(i * 100 + p));
      } catch (cause) {
        throw new KenesError('rollup.modelFailed', `model ${model.name} failed: ${(cause as Error).message}`, {
          location: { file: `sql/national/${model.name}.sql` }, exitCode: 1, cause,
        });
      }
      task.update((i + 1) * 100);
    }
  } finally {
    task.stop();
  }
}

/**
 * Each Parquet file of the export is read once: DuckDB's cache of files read (on by default) would only hold
 * them, about half the rollup's memory (~150 MB of ~370 MB for 90 councils × 10 years).
 */
export const NO_FILE_CACHE = 'set enable_external_file_cache = false';

export async function rollup(exportDir: string, options: RollupOptions): Promise<RollupResult> {
  const dir = resolve(exportDir);
  const councils = await listExportedCouncils(dir);
  if (councils.length === 0) {
    throw new KenesError('rollup.noCouncils', `no council exports in ${dir}`, {
      location: { file: dir }, exitCode: EXIT_USAGE, hint: 'Each council runs `kenes export parquet --out DIR`; then `kenes rollup DIR --period P`.',
    });
  }
  const periods = parsePeriod(options.period);
  const progress = options.progress ?? silentProgress;
  const db = await openDatabase(':memory:');
  try {
    // SET takes no bound parameters; the limit is a validated size, not input text.
    const limit = options.memoryLimit ?? '1GB';
    if (!/^\d+(\.\d+)?\s*[KMGT]i?B$/i.test(limit)) throw new KenesError('rollup.badMemoryLimit', `"${limit}" is not a size such as 1GB`, { exitCode: EXIT_USAGE });
    await run(db, `set memory_limit = ${sqlString(limit)}`);
    await run(db, NO_FILE_CACHE);
    options.logger.info(`rollup of ${councils.length} council${councils.length === 1 ? '' : 's'} for ${periods.current.id} (${periods.current.from} … ${periods.current.to})`);
    await buildNationalMarts(db, dir, periods.current, progress);
    const totals = await queryRows(db, 'select metric, value, councils, councils_active from mart_national_totals order by metric');
    const files = options.noReports ? [] : await writeNationalReports(db, dir, periods.current.id, options);
    return { period: periods.current.id, councils: councils.length, models: (await loadNationalModels()).map((m) => m.name), totals, files };
  } finally {
    db.close();
  }
}

async function writeNationalReports(db: Db, dir: string, period: string, options: RollupOptions): Promise<string[]> {
  const [{ getLabels }, { writeWorkbook }, { renderDashboard }, { buildNationalActivitySpec }, { CleaningLog }, { NATIONAL_SECTIONS }, { sheetModelFromSection }, { readSection }] = await Promise.all([
    import('../../reports/i18n/getLabels.ts'),
    import('../../reports/excel/writeWorkbook.ts'),
    import('../../reports/dashboard/renderDashboard.ts'),
    import('../../reports/charts/buildNationalActivitySpec.ts'),
    import('../../reports/CleaningLog.ts'),
    import('../../reports/sections/national.ts'),
    import('../../reports/excel/sheetModelFromSection.ts'),
    import('../report/readSection.ts'),
  ]);
  // Councils' names come from their exports: text a workbook or a page cannot hold is cleaned, and said where.
  const cleaning = new CleaningLog();
  const lang = options.lang ?? 'ru';
  const labels = getLabels(lang);
  const outDir = resolve(options.out ?? join(dir, 'out'));
  await mkdir(outDir, { recursive: true });
  const fileId = period.replace(/[:/\\]/g, '-');

  // Every sheet's rows first (reports/sections/national.ts); each sheet's title ends with the period.
  const rows = new Map<string, Row[]>();
  for (const section of NATIONAL_SECTIONS) rows.set(section.id, await readSection(db, section, period));
  const workbookPath = join(outDir, `national-report-${fileId}.xlsx`);
  await writeWorkbook(workbookPath, {
    // The footer names the report where a council's workbook names the council.
    title: `${labels.national.title} — ${period}`, council: labels.national.title, period, lang,
    sheets: NATIONAL_SECTIONS.map((section) => sheetModelFromSection(section, labels, rows.get(section.id) ?? [], { subject: period })),
  }, cleaning);
  options.logger.info(`wrote ${workbookPath}`);

  const dashboardPath = join(outDir, `national-dashboard-${fileId}.html`);
  const metrics = await queryRows(db, 'select metric, value from mart_national_totals where period = $period order by metric', { period });
  const chart = labels.national.activityChart;
  const html = await renderDashboard({
    title: labels.sections.nationalTotals, councilName: labels.national.title, period, lang, metrics,
    charts: [{ id: 'national_activity', title: chart.title, description: chart.description, spec: buildNationalActivitySpec(rows.get('nationalCouncils') ?? [], chart) }],
  }, (where, changed) => cleaning.record(dashboardPath, where, changed));
  const tmp = `${dashboardPath}.tmp-${process.pid}`;
  await writeFile(tmp, html, 'utf8');
  await rename(tmp, dashboardPath);
  options.logger.info(`wrote ${dashboardPath}`);
  for (const line of cleaning.summaries()) options.logger.warn(line);
  return [workbookPath, dashboardPath];
}
