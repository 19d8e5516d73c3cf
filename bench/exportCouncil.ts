/**
 * One council's whole way into a national export, as its secretariat would
 * run it (`kenes ingest inputs/*`, `kenes build`, `kenes export parquet`), in
 * process: used by the benchmark to fill the national folder, and by the
 * rollup test to compare national figures with each council's own marts.
 */
import { buildModels, createSql, loadModels, writeSettings } from '../pipelines/build/build.ts';
import { inTransaction, quoteIdent, run } from '../workspace/db.ts';
import { findCalendar, loadCalendar } from '../pipelines/build/loadCalendar.ts';
import { openDatabase, queryRows, type Row } from '../workspace/db.ts';
import { ensureSchema } from '../workspace/ensureSchema.ts';
import { exportParquet } from '../pipelines/national/exportParquet.ts';
import { ingestFiles } from '../pipelines/ingest/ingest.ts';
import { silentLogger } from '../workspace/Logger.ts';
import { parsePeriod } from '../pipelines/build/parsePeriod.ts';
import { resolveNames, splitAtNameMatches } from '../pipelines/build/resolveNames.ts';
import { listInputs, openWorkspace } from '../workspace/workspace.ts';

export interface CouncilExport {
  council: string;
  /** The council's own mart_period_metrics for the period. */
  metrics: Row[];
  rows: number;
}

/**
 * `coreOnly`: build staging and core models only (what the export needs), not the
 * marts and checks — the benchmark's national set needs no council marts; `metrics` is then empty.
 */
export async function exportCouncil(workspaceDir: string, exportDir: string, period: string, options: { coreOnly?: boolean } = {}): Promise<CouncilExport> {
  const ws = await openWorkspace(workspaceDir);
  const db = await openDatabase(ws.dbPath);
  try {
    const ingested = await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
    const periods = parsePeriod(period, ws.config);
    if (options.coreOnly) {
      await ensureSchema(db);
      const models = (await loadModels()).filter((m) => m.layer !== 'marts');
      const calendar = await findCalendar(ws.dir);
      await inTransaction(db, async () => {
        await writeSettings(db, ws.config, periods);
        await loadCalendar(db, calendar);
        const { before, after } = splitAtNameMatches(models);
        for (const model of before) await run(db, createSql(model));
        await resolveNames(db);
        for (const model of after) await run(db, createSql(model));
      });
    } else {
      await buildModels(db, ws.config, periods, { workspace: ws.dir });
    }
    const metrics = options.coreOnly ? [] : await queryRows(db, 'select metric, value from mart_period_metrics where period = $period order by metric', { period });
    const exported = await exportParquet(db, ws.config, exportDir);
    return { council: exported.council, metrics, rows: ingested.tables.reduce((n, t) => n + t.loaded, 0) };
  } finally {
    db.close();
  }
}
