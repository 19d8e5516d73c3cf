/**
 * The macros of sql/macros exist only in the connection of a build that ran its models: the
 * checks (which also run after a build that reused its models) and the national SQL (run by
 * `kenes rollup` on the councils' Parquet, and by other engines) must not call them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModels } from '../../../pipelines/build/build.ts';
import { mentionsTable } from '../../../pipelines/build/mentionsTable.ts';
import { SQL_DIR } from '../../../workspace/paths.ts';

describe('sql/macros', () => {
  it('are called by models only: no check and no national query calls one', async () => {
    const macros = (await loadModels()).filter((m) => m.layer === 'macros').map((m) => m.name);
    expect(macros).toEqual(expect.arrayContaining(['is_member_on', 'working_days_after', 'taken_out_by_review']));
    for (const folder of ['checks', 'national']) {
      for (const file of (await readdir(join(SQL_DIR, folder))).filter((f) => f.endsWith('.sql'))) {
        const sql = await readFile(join(SQL_DIR, folder, file), 'utf8');
        expect(macros.filter((macro) => mentionsTable(sql, macro)), `sql/${folder}/${file}`).toEqual([]);
      }
    }
  });
});
