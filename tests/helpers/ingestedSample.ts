import { openDatabase } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { copyWorkspace, listInputs, type Workspace } from '../../workspace/workspace.ts';

/** The embedded sample copied to `dir` with every register ingested (not built): a workspace as after `kenes ingest`. */
export async function ingestedSample(dir: string): Promise<Workspace> {
  const ws = await copyWorkspace(SAMPLE_DIR, dir);
  const db = await openDatabase(ws.dbPath);
  try {
    await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
  } finally {
    db.close();
  }
  return ws;
}
