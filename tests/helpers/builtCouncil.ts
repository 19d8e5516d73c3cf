import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildModels } from '../../pipelines/build.ts';
import type { Config } from '../../pipelines/config.ts';
import { openDatabase, type Db } from '../../pipelines/db.ts';
import { ingestFiles } from '../../pipelines/ingest.ts';
import { silentLogger } from '../../pipelines/Logger.ts';
import { parsePeriod } from '../../pipelines/parsePeriod.ts';

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
