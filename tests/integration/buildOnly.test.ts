/**
 * BuildOptions.only: a build of the named tables and the models they read, nothing else — no checks, no record of a build,
 * so a later `reuse` build computes everything. Its rows are those the whole build gives.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { queryRows, queryValue } from '../../workspace/db.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { reviewReport, withDbIn } from '../helpers/reviewFixtures.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const withDb = withDbIn(useTempDir());
const config = defaultConfig('Тестовый совет');
const tableCount = (name: string) => `select count(*) from information_schema.tables where table_name = '${name}'`;

describe('a build of only the tables asked for', () => {
  it('builds stg_stated_figures and what it reads, no mart, no build record; the whole build gives the same rows', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, reviewReport());
    await ingestFiles(db, [report], { config, logger: silentLogger, baseDir: dir });
    const part = await buildModels(db, config, parsePeriod('2024'), { only: ['stg_stated_figures'] });
    expect(part.models).toContain('stg_stated_figures');
    expect(part.models.length).toBeLessThan(10);
    expect(part.checks).toEqual([]);
    expect(part.models.some((m) => m.startsWith('mart_'))).toBe(false);
    expect(Number(await queryValue(db, tableCount('mart_activities')))).toBe(0);
    expect(Number(await queryValue(db, tableCount('build_state')))).toBe(0);
    const rows = await queryRows(db, 'select metric, value, provenance from stg_stated_figures order by metric, value');
    expect(rows.length).toBe(3);
    // A reusing build after it finds no record, and builds every model.
    const whole = await buildModels(db, config, parsePeriod('2024'), { reuse: true, checks: false });
    expect(whole.reused).toBe(false);
    expect(whole.models.length).toBeGreaterThan(part.models.length * 5);
    expect(Number(await queryValue(db, tableCount('mart_activities')))).toBe(1);
    expect(Number(await queryValue(db, tableCount('build_state')))).toBe(1);
    expect(await queryRows(db, 'select metric, value, provenance from stg_stated_figures order by metric, value')).toEqual(rows);
  }), 300_000);
});
