/**
 * Every mart's grain is checked (sql/checks/marts_grain_unique.sql): the check lists each mart of sql/marts
 * once, and a row doubled in any mart — what a join that fans out does to a figure — is named, mart by mart.
 * A new mart without its key in the check fails here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../pipelines/build/build.ts';
import { openDatabase, queryValue, quoteIdent, run } from '../../workspace/db.ts';
import { SQL_DIR } from '../../workspace/paths.ts';
import { builtSample } from '../helpers/ingestedSample.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

async function martNames(): Promise<string[]> {
  return (await readdir(join(SQL_DIR, 'marts'))).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort();
}

/** The marts the grain check keys, each as `[name it reports, table it reads]`. */
async function checkedMarts(): Promise<[string, string][]> {
  const sql = await readFile(join(SQL_DIR, 'checks', 'marts_grain_unique.sql'), 'utf8');
  return [...sql.matchAll(/select '(mart_[a-z_]+)'.*? from (mart_[a-z_]+)\s*$/gm)].map((m) => [m[1], m[2]]);
}

describe('the grain check of the marts', () => {
  it('keys every mart of sql/marts, once, under its own name', async () => {
    const checked = await checkedMarts();
    expect(checked.filter(([name, table]) => name !== table)).toEqual([]);
    expect(checked.map(([name]) => name).sort()).toEqual(await martNames());
  });

  it('passes on the built sample and names every mart with a doubled row', async () => {
    // The sample built for 2023 (built once per run and copied).
    const ws = await builtSample(join(await tempDir(), 'ws'));
    const db = await openDatabase(ws.dbPath);
    try {
      const grainCheck = async () => (await runChecks(db, undefined, 1000)).find((c) => c.name === 'marts_grain_unique')!;
      expect((await grainCheck()).failures).toBe(0);
      const marts = await martNames();
      for (const mart of marts) {
        expect({ mart, rows: Number(await queryValue(db, `select count(*) from ${quoteIdent(mart)}`)) > 0 }).toEqual({ mart, rows: true });
        await run(db, `insert into ${quoteIdent(mart)} select * from ${quoteIdent(mart)} limit 1`);
      }
      const named = (await grainCheck()).sample.map((r) => String(r.source_file));
      expect(named.sort()).toEqual(marts.map((m) => `sql/marts/${m}.sql`));
    } finally {
      db.close();
    }
  }, 120_000);
});
