import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModels } from '../../pipelines/build/build.ts';
import type { Config } from '../../workspace/config.ts';
import { openDatabase, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';

/** A council made of inline registers (file name → text) in `dir`: ingested and built for `period`. The caller closes the db. */
export async function builtCouncil(dir: string, files: Record<string, string>, config: Config, period: string, options: { checks?: boolean } = {}): Promise<Db> {
  const paths = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  await ingestFiles(db, paths, { config, logger: silentLogger });
  await buildModels(db, config, parsePeriod(period), options);
  return db;
}
