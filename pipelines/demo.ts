/**
 * `kenes demo`: the whole flow on the embedded 2023 sample — copy the sample
 * workspace, ingest every input, build, report — so a new user sees real
 * outputs with one command.
 */
import type { Logger } from '../workspace/Logger.ts';
import { openDatabase } from '../workspace/db.ts';
import { ingestFiles } from './ingest/ingest.ts';
import { SAMPLE_DIR } from '../workspace/paths.ts';
import { writeReport } from './report/report.ts';
import { copyWorkspace, listInputs } from '../workspace/workspace.ts';

export interface DemoResult {
  workspace: string;
  files: string[];
  rejected: number;
}

export async function runDemo(dir: string, logger: Logger): Promise<DemoResult> {
  const ws = await copyWorkspace(SAMPLE_DIR, dir);
  const db = await openDatabase(ws.dbPath);
  let rejected = 0;
  try {
    const result = await ingestFiles(db, await listInputs(ws), { config: ws.config, logger, baseDir: ws.dir });
    for (const t of result.tables) logger.info(`ingested ${t.file}${t.sheet ? ` [${t.sheet}]` : ''}: ${t.loaded} rows${t.rejected ? `, ${t.rejected} rejected` : ''}`);
    rejected = result.rejects.length;
  } finally {
    db.close();
  }
  const report = await writeReport(ws.dir, { logger });
  return { workspace: ws.dir, files: report.files, rejected };
}
