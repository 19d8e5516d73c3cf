/**
 * Models run as one script; when one fails, the error still names it — found
 * by running them again one by one, their inputs written again first.
 */
import { describe, expect, it } from 'vitest';
import { runModels, type Model } from '../../pipelines/build.ts';
import { inTransaction, openDatabase, queryRows, run } from '../../pipelines/db.ts';
import { KenesError } from '../../sources/KenesError.ts';

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
});
