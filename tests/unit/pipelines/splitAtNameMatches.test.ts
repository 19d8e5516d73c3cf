import { describe, expect, it } from 'vitest';
import { loadModels, type Model } from '../../../pipelines/build/build.ts';
import { mentionsTable } from '../../../pipelines/build/mentionsTable.ts';
import { splitAtNameMatches } from '../../../pipelines/build/resolveNames.ts';

const model = (name: string, sql: string): Model => ({ name, layer: 'core', path: `${name}.sql`, sql });

describe('splitAtNameMatches', () => {
  it('puts after the step every model that reads int_name_matches, directly or through another, keeping the order', () => {
    const models = [
      model('stg_a', 'select 1 as x'),
      model('mentions', 'select * from stg_a'),
      model('refs', 'select * from mentions join int_name_matches using (x)'),
      model('other', '-- int_name_matches in a comment does not count\nselect * from stg_a'),
      model('fct', 'select * from refs'),
      model('mart', 'select * from fct join other using (x)'),
    ];
    const { before, after } = splitAtNameMatches(models);
    expect(before.map((m) => m.name)).toEqual(['stg_a', 'mentions', 'other']);
    expect(after.map((m) => m.name)).toEqual(['refs', 'fct', 'mart']);
  });

  it('on the shipped models: what finds the names runs before, what counts members after', async () => {
    const { before, after } = splitAtNameMatches(await loadModels());
    const names = (ms: Model[]) => ms.map((m) => m.name);
    expect(names(before)).toEqual(expect.arrayContaining(['dim_members', 'fct_meetings', 'int_member_mentions']));
    expect(names(after)).toEqual(expect.arrayContaining(['int_member_refs', 'int_attendance_resolved', 'fct_attendance', 'fct_appeals',
      'fct_letters', 'fct_npa_reviews', 'fct_activity_participants', 'mart_member_attendance', 'mart_member_kpi']));
    // nothing before reads a model that runs after
    for (const m of before) for (const a of after) expect([m.name, a.name, mentionsTable(m.sql, a.name)]).toEqual([m.name, a.name, false]);
  });
});
