/**
 * The national SQL keeps to the common subset of DuckDB, ClickHouse, Spark SQL and Trino. The
 * portability test runs it on two engines; this catches, without any engine, the DuckDB-only forms
 * that broke it on the others (and on the two no test runs here: Spark and Trino).
 */
import { describe, expect, it } from 'vitest';
import { loadNationalModels } from '../../../pipelines/national/rollup.ts';

/** A DuckDB-only (or not-in-all-four) form, and what to write instead. */
const NOT_PORTABLE: [RegExp, string][] = [
  [/,\s*(from|\))/i, 'a trailing comma before from or )'],
  [/\bpivot\b|\bunpivot\b/i, 'pivot/unpivot: conditional aggregation, union all'],
  [/\bfilter\s*\(\s*where/i, 'count(*) filter (where …): count(case when … then 1 end)'],
  [/\bgroup\s+by\s+all\b/i, 'group by all: the columns'],
  [/\border\s+by\s+all\b/i, 'order by all: the columns'],
  [/\bexclude\s*\(|\bcolumns\s*\(/i, 'select * exclude / columns(…): the columns'],
  [/::/, 'x::type: cast(x as type)'],
  [/\bany_value\s*\(/i, 'any_value: min or max'],
  [/\busing\s*\(/i, 'join … using: join … on (Trino forbids qualifying a using column)'],
  [/\bqualify\b/i, 'qualify: a window in a subquery, then where'],
  [/\bstruct_pack\b|\blist_\w+\(|\bstring_agg\b/i, 'a DuckDB function'],
  [/\bifnull\s*\(|\biif\s*\(/i, 'ifnull/iif: coalesce, case'],
  [/"[^"]*"/, 'a double-quoted identifier (Spark reads it as text): a plain name'],
  [/\bdate_diff\b|\bdatediff\b|\bdate_add\b|\binterval\b/i, 'a date function whose arguments differ between engines: compare dates'],
];

/** The SQL without its comments (`--` to the end of the line) and string literals. */
function code(sql: string): string {
  return sql.replace(/--[^\n]*/g, '').replace(/'(?:[^']|'')*'/g, "''");
}

describe('sql/national', () => {
  it('uses no form outside the common subset of the four engines', async () => {
    const models = await loadNationalModels();
    expect(models.map((m) => m.name).sort()).toEqual(['mart_national_councils', 'mart_national_metrics', 'mart_national_totals']);
    const found = models.flatMap((m) => NOT_PORTABLE.filter(([re]) => re.test(code(m.sql))).map(([, what]) => `${m.name}: ${what}`));
    expect(found).toEqual([]);
  });

  it('finds each of those forms where it is', () => {
    const samples = [
      'select a,\n from t', 'pivot t on m in (1)', 'select count(*) filter (where x) from t', 'select a from t group by all',
      'select * exclude (a) from t', 'select a::int from t', 'select any_value(a) from t', 'select * from a join b using (k)',
      'select "a" from t', "select date_add(d, interval 1 day) from t",
    ];
    for (const sample of samples) expect({ sample, caught: NOT_PORTABLE.some(([re]) => re.test(code(sample))) }).toEqual({ sample, caught: true });
    // Comments and text may say anything.
    expect(NOT_PORTABLE.some(([re]) => re.test(code("-- no pivot, no filter (where x)\nselect 'group by all' as a from t")))).toBe(false);
  });
});
