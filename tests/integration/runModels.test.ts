/**
 * Models run as one script, and checks as one query; when one fails, the error
 * still names it — found by running them again one by one.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadModels, runChecks, runModels, type Model } from '../../pipelines/build/build.ts';
import { inTransaction, openDatabase, queryRows, run } from '../../workspace/db.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

const model = (name: string, sql: string): Model => ({ name, layer: 'marts', path: `${name}.sql`, sql });

describe('runModels', () => {
  it('builds every model of the script in order', async () => {
    const db = await openDatabase(':memory:');
    try {
      await inTransaction(db, () => runModels(db, [model('a', 'select 41 as x'), model('b', 'select x + 1 as y from a')], async () => {}));
      expect(await queryRows(db, 'select y from b')).toEqual([{ y: 42 }]);
    } finally {
      db.close();
    }
  });

  it('names the model that failed, with its file, and leaves nothing behind', async () => {
    const db = await openDatabase(':memory:');
    try {
      let inputsWritten = 0;
      const writeInputs = async () => {
        inputsWritten++;
        await run(db, 'create or replace table cfg_input as select 1 as x');
      };
      const models = [model('a', 'select x from cfg_input'), model('b', 'select * from no_such_table'), model('c', 'select 1 as z')];
      const error = await inTransaction(db, async () => {
        await writeInputs();
        await runModels(db, models, writeInputs);
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(KenesError);
      expect((error as KenesError).code).toBe('build.modelFailed');
      expect((error as KenesError).message).toMatch(/^model b failed: .*no_such_table/);
      expect((error as KenesError).location).toEqual({ file: 'sql/marts/b.sql' });
      // Written for the script, and again for the one-by-one run that found b.
      expect(inputsWritten).toBe(2);
      expect(await queryRows(db, `select table_name from information_schema.tables order by 1`)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('runs the checks as one query: each one\'s count, severity and first rows, in its own order', async () => {
    const dir = join(await tempDir(), 'checks');
    await mkdir(dir);
    await writeFile(join(dir, 'a_many.sql'), '-- Numbers above two.\nselect i as n, \'row \' || i as problem from range(30) t(i) where i > 2 order by i desc\n-- the end');
    await writeFile(join(dir, 'b_none.sql'), '-- Nothing wrong.\n-- severity: warn\nselect 1 as n where false');
    const db = await openDatabase(':memory:');
    try {
      const [many, none] = await runChecks(db, dir);
      expect({ ...many, sample: many.sample.slice(0, 2) }).toEqual({
        name: 'a_many', description: 'Numbers above two.', severity: 'error', failures: 27,
        sample: [{ n: 29, problem: 'row 29' }, { n: 28, problem: 'row 28' }],
      });
      expect(many.sample).toHaveLength(20);
      expect(none).toEqual({ name: 'b_none', description: 'Nothing wrong.', severity: 'warn', failures: 0, sample: [] });
      await writeFile(join(dir, 'c_broken.sql'), '-- Broken.\nselect * from no_such_table');
      await expect(runChecks(db, dir)).rejects.toMatchObject({ code: 'build.checkFailed', location: { file: 'sql/checks/c_broken.sql' } });
    } finally {
      db.close();
    }
  });

  it('a macro of sql/macros runs after the table it reads and before the model that calls it, and is not kept in the database', async () => {
    const dir = await tempDir();
    for (const layer of ['macros', 'staging', 'core', 'marts']) await mkdir(join(dir, 'sql', layer), { recursive: true });
    await writeFile(join(dir, 'sql', 'staging', 'stg_limits.sql'), 'select 3 as upper_limit');
    await writeFile(join(dir, 'sql', 'macros', 'above_limit.sql'), '-- above_limit(x): x beyond stg_limits\ncreate or replace temp macro above_limit(x) as x > (select upper_limit from stg_limits);\n-- (a last comment line)\n');
    await writeFile(join(dir, 'sql', 'marts', 'mart_above.sql'), 'select i from range(6) t(i) where above_limit(i)\n-- a comment on the last line');
    const models = await loadModels(join(dir, 'sql'));
    expect(models.map((m) => m.name)).toEqual(['stg_limits', 'above_limit', 'mart_above']);
    const file = join(dir, 'kenes.duckdb');
    const db = await openDatabase(file);
    try {
      await inTransaction(db, () => runModels(db, models, async () => {}));
      expect(await queryRows(db, 'select i from mart_above order by i')).toEqual([{ i: 4 }, { i: 5 }]);
    } finally {
      db.close();
    }
    // Temporary: another connection (a backup, kenes query) meets the tables, never a macro whose table it may lack.
    const again = await openDatabase(file);
    try {
      expect(await queryRows(again, `select function_name from duckdb_functions() where function_name = 'above_limit'`)).toEqual([]);
      expect(await queryRows(again, 'select count(*) as n from mart_above')).toEqual([{ n: 2 }]);
    } finally {
      again.close();
    }
  });

  it('a macro file makes the one temporary macro it is named after, and nothing else', async () => {
    for (const [name, text] of [
      ['named_other', 'create or replace temp macro other_name(x) as x'],
      ['kept_macro', 'create or replace macro kept_macro(x) as x'],
      ['two_things', 'create or replace temp macro two_things(x) as x; drop table t'],
    ]) {
      const dir = await tempDir();
      for (const layer of ['macros', 'staging', 'core', 'marts']) await mkdir(join(dir, layer), { recursive: true });
      await writeFile(join(dir, 'macros', `${name}.sql`), text);
      await expect(loadModels(dir), name).rejects.toMatchObject({ code: 'build.badMacro', location: { file: `sql/macros/${name}.sql` } });
    }
  });
});
