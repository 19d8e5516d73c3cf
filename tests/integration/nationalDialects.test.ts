/**
 * Each engine's dialect step reads a table folder of the export as the export wrote it: the hive
 * partition keys typed as exported, not guessed from the folder names. An export whose council ids
 * are all digits (`council=7`, `council=12`) keeps them as text (both engines would otherwise guess numbers),
 * and Hive's folder for a null value (`year=__HIVE_DEFAULT_PARTITION__`, what DuckDB writes for a
 * member without a joining date) is a null year, not an error or a text.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows, run } from '../../workspace/db.ts';
import { clickhouseDialect, duckdbDialect } from '../../pipelines/national/nationalDialects.ts';
import { exportTables, loadNationalModels } from '../../pipelines/national/rollup.ts';
import { sqlString } from '../../sources/contracts/contractSql.ts';
import { loadChdb } from '../helpers/chdb.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const chdb = loadChdb();

const EXPECTED = [
  { v: 'a', council: '7', year: 2024 },
  { v: 'b', council: '7', year: null },
  { v: 'c', council: '12', year: 2025 },
];

/** A table folder as `kenes export parquet` writes one: partitioned by council and year, a null year included. */
async function writeTable(dir: string): Promise<string> {
  const folder = join(dir, 'dim_members');
  await mkdir(dir, { recursive: true });
  const db = await openDatabase(':memory:');
  try {
    await run(db, `copy (select * from (values ('a', '7', 2024), ('b', '7', null), ('c', '12', 2025)) as t(v, council, year))
      to ${sqlString(folder)} (format parquet, partition_by (council, year))`);
  } finally {
    db.close();
  }
  return folder;
}

const plain = (rows: Record<string, unknown>[]) => rows.map((r) => ({ v: r.v, council: r.council, year: r.year === null ? null : Number(r.year) }));

describe('national dialect steps', () => {
  it('DuckDB reads digit council ids as text and the null-year folder as a null year', async () => {
    const folder = await writeTable(await tempDir());
    const db = await openDatabase(':memory:');
    try {
      await run(db, duckdbDialect.readTable('dim_members', folder, ['council', 'year']));
      expect(plain(await queryRows(db, 'select v, council, year from dim_members order by v'))).toEqual(EXPECTED);
      expect(await queryRows(db, "select typeof(council) as t from dim_members limit 1")).toEqual([{ t: 'VARCHAR' }]);
    } finally {
      db.close();
    }
  });

  it.skipIf(!chdb.chdb)(`ClickHouse (chDB) reads them the same${chdb.chdb ? '' : ` — skipped: ${chdb.reason}`}`, async () => {
    const folder = await writeTable(await tempDir());
    const session = new chdb.chdb!.Session();
    try {
      for (const sql of clickhouseDialect.setup) session.query(sql);
      session.query(clickhouseDialect.readTable('dim_members', folder, ['council', 'year']));
      const rows = session.query('select v, council, year from dim_members order by v', 'JSONEachRow').split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(plain(rows)).toEqual(EXPECTED);
    } finally {
      session.close();
    }
  });

  it('a folder whose path an engine would read as a pattern is refused, with the place', async () => {
    const dir = join(await tempDir(), 'exports[2025]');
    await writeTable(dir);
    const error = await exportTables(dir, await loadNationalModels()).catch((e) => e);
    expect({ code: error.code, file: error.location?.file }).toEqual({ code: 'rollup.globInPath', file: dir });
  });

  it('a table national SQL reads that is missing is named', async () => {
    const dir = await tempDir();
    await writeTable(dir);
    const error = await exportTables(dir, await loadNationalModels()).catch((e) => e);
    expect({ code: error.code, message: error.message }).toEqual({ code: 'rollup.missingTable', message: 'the export has no councils folder' });
  });
});
