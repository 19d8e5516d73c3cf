/**
 * One council's whole way into a national export, as its secretariat would
 * run it (`kenes ingest inputs/*`, `kenes build`, `kenes export parquet`), in
 * process: used by the benchmark to fill the national folder, and by the
 * rollup test to compare national figures with each council's own marts.
 */
import { buildModels } from '../pipelines/build.ts';
import { openDatabase, queryRows, type Row } from '../pipelines/db.ts';
import { exportParquet } from '../pipelines/exportParquet.ts';
import { ingestFiles } from '../pipelines/ingest.ts';
import { silentLogger } from '../pipelines/Logger.ts';
import { parsePeriod } from '../pipelines/parsePeriod.ts';
import { listInputs, openWorkspace } from '../pipelines/workspace.ts';

export interface CouncilExport {
  council: string;
  /** The council's own mart_period_metrics for the period. */
  metrics: Row[];
  rows: number;
}

export async function exportCouncil(workspaceDir: string, exportDir: string, period: string): Promise<CouncilExport> {
  const ws = await openWorkspace(workspaceDir);
  const db = await openDatabase(ws.dbPath);
  try {
    const ingested = await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
    await buildModels(db, ws.config, parsePeriod(period, ws.config), { workspace: ws.dir });
    const metrics = await queryRows(db, 'select metric, value from mart_period_metrics where period = $period order by metric', { period });
    const exported = await exportParquet(db, ws.config, exportDir);
    return { council: exported.council, metrics, rows: ingested.tables.reduce((n, t) => n + t.loaded, 0) };
  } finally {
    db.close();
  }
}
