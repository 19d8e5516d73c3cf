/**
 * Models run as one script, and checks as one query; when one fails, the error
 * still names it — found by running them again one by one.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runChecks, runModels, type Model } from '../../pipelines/build/build.ts';
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
});
