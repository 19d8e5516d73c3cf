/**
 * One home per metric, on the built sample: every metric of sources/reference/metrics.json is defined in SQL
 * (a dated one has rows of int_metric_events, a moment has steps in int_metric_moments) and reaches the marts
 * in the file's order; and a new metric needs nothing but its line in the file, its SQL and its labels — added
 * here to a copy of the SQL and to cfg_metrics, it flows to the period metrics, the change, the history and the
 * summary sheet.
 * The labels and phrases of every metric: tests/unit/reference/metricsHome.test.ts.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModels, runModels } from '../../pipelines/build/build.ts';
import { insertRows, openDatabase, queryRows, queryValue, run, type Db } from '../../workspace/db.ts';
import { SQL_DIR } from '../../workspace/paths.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { sheetModelFromSection } from '../../reports/excel/sheetModelFromSection.ts';
import { SECTIONS } from '../../reports/sections/annual.ts';
import { CFG_METRICS_TABLE, cfgMetricsRows, METRICS, type Metric } from '../../sources/reference/metrics.ts';
import { builtSample } from '../helpers/ingestedSample.ts';
import { useSuiteTempDir } from '../helpers/tempDir.ts';

// The folder lives as long as the database the four tests share.
const tempDir = useSuiteTempDir();

describe('every metric of the metrics file, on the built sample', () => {
  let db: Db;
  let dir = '';

  beforeAll(async () => {
    dir = await tempDir();
    // The sample built for 2023 (built once per run and copied).
    const ws = await builtSample(join(dir, 'ws'));
    db = await openDatabase(ws.dbPath);
  }, 120_000);
  afterAll(() => db?.close());

  it('has its SQL definition: rows of int_metric_events for a dated one, steps of int_metric_moments for a moment', async () => {
    const events = new Map((await queryRows(db, 'select metric, count(*) as n from int_metric_events group by metric')).map((r) => [r.metric, Number(r.n)]));
    const moments = new Map((await queryRows(db, 'select metric, count(*) as n from int_metric_moments group by metric')).map((r) => [r.metric, Number(r.n)]));
    const undefinedMetrics = METRICS.filter((m) => (m.kind === 'dated' ? !events.get(m.id) : !moments.get(m.id)))
      .map((m) => `${m.id}: no ${m.kind === 'dated' ? 'row of the sample counts toward it in sql/core/int_metric_events.sql' : 'step in sql/core/int_metric_moments.sql'}`);
    expect(undefinedMetrics).toEqual([]);
    // And nothing is defined that the file does not list (events of an unlisted id would count toward nothing).
    expect([...events.keys()].filter((id) => !METRICS.some((m) => m.id === id && m.kind === 'dated'))).toEqual([]);
    const momentSql = await readFile(join(SQL_DIR, 'core', 'int_metric_moments.sql'), 'utf8');
    const defined = [...momentSql.replace(/--[^\n]*/g, '').matchAll(/select '([a-z_]+)'/g)].map((m) => m[1]);
    expect(defined.sort()).toEqual(METRICS.filter((m) => m.kind === 'moment').map((m) => m.id).sort());
  });

  it('reaches int_period_metric_values for every period, and the marts in the order of the file', async () => {
    const missing = await queryRows(db, `select periods.period, metrics.metric
      from (select distinct period from int_period_metric_values) as periods
      cross join cfg_metrics as metrics
      anti join int_period_metric_values as v on v.period = periods.period and v.metric = metrics.metric`);
    expect(missing).toEqual([]);
    const change = await queryRows(db, "select metric, metric_order from mart_metric_change where period = '2023' order by metric_order");
    expect(change).toEqual(METRICS.map((m, i) => ({ metric: m.id, metric_order: i + 1 })));
    const history = await queryRows(db, "select distinct metric from mart_metric_history where period = '2023' order by metric");
    expect(history.map((r) => r.metric)).toEqual(METRICS.filter((m) => m.history).map((m) => m.id).sort());
  });

  it('a moment holds one value on every day: its steps cover the days once, and give the count of its definition', async () => {
    // Each metric's steps follow one another with no gap or overlap, the first open at its start, the last at its end.
    const chains = await queryRows(db, `select metric,
        count(*) filter (where valid_from is null) as open_start,
        count(*) filter (where valid_to is null) as open_end,
        count(*) filter (where valid_to is not null and valid_to <> next_from) as gaps
      from (select *, lead(valid_from) over (partition by metric order by valid_from nulls first) as next_from from int_metric_moments)
      group by metric order by metric`);
    expect(chains).toEqual(METRICS.filter((m) => m.kind === 'moment').map((m) => m.id).sort()
      .map((metric) => ({ metric, open_start: 1, open_end: 1, gaps: 0 })));
    // On every day of 2022–2023 — the days members joined and left among them — the step gives the members the
    // register counts on that day by the definition itself, and the pending reviews likewise.
    const differing = await queryRows(db, `with days as (select cast(unnest(generate_series(date '2022-01-01', date '2023-12-31', interval 1 day)) as date) as day),
      direct as (
        select days.day,
          (select count(*) from dim_members m where (m.joined_on is null or m.joined_on <= days.day) and (m.left_on is null or m.left_on > days.day)) as members_total,
          (select count(*) from dim_members m where (m.joined_on is null or m.joined_on <= days.day) and (m.left_on is null or m.left_on > days.day) and m.sector = 'state') as members_state,
          (select count(*) from fct_npa_reviews n where coalesce(n.received_on, n.reviewed_on, days.day) <= days.day and (n.result = 'pending' or n.reviewed_on > days.day)) as npa_pending,
        from days
      ),
      stepped as (
        select days.day, moments.metric, moments.value
        from days join int_metric_moments as moments
          on (moments.valid_from is null or moments.valid_from <= days.day) and (moments.valid_to is null or moments.valid_to > days.day)
      )
      select direct.day, stepped.metric, stepped.value, direct.members_total, direct.members_state, direct.npa_pending
      from direct join stepped using (day)
      where (stepped.metric = 'members_total' and stepped.value <> direct.members_total)
        or (stepped.metric = 'members_state' and stepped.value <> direct.members_state)
        or (stepped.metric = 'npa_pending' and stepped.value <> direct.npa_pending)
      limit 5`);
    expect(differing).toEqual([]);
    expect(await queryValue(db, "select count(distinct value) from int_metric_moments where metric = 'npa_pending'")).toBeGreaterThan(5);
  });

  // Last: it changes cfg_metrics and the models of this database.
  it('a new metric takes its line in the metrics file, its SQL and its labels — nothing else — to reach the marts', async () => {
    // 1. its line in the metrics file (here: cfg_metrics, which build writes from it) — a dated figure, drawn in the history;
    const siteVisits: Metric = { id: 'site_visits', kind: 'dated', unit: 'activity', register: 'activities', section: 'activities', history: true, stated: false };
    await run(db, `create or replace table ${CFG_METRICS_TABLE}`);
    await insertRows(db, 'cfg_metrics', cfgMetricsRows([...METRICS, siteVisits]));
    // 2. its SQL: what it counts, in int_metric_events (a copy of sql/ with one more arm there);
    const sqlDir = join(dir, 'sql');
    await cp(SQL_DIR, sqlDir, { recursive: true });
    const eventsPath = join(sqlDir, 'core', 'int_metric_events.sql');
    const eventsSql = await readFile(eventsPath, 'utf8');
    const arm = `    union all select 'site_visits', date_start, 1, null, 'fct_activities', source_file, source_row from activities where type = 'site_visit'\n`;
    expect(eventsSql).toContain('    union all select * from member_events\n');
    await writeFile(eventsPath, eventsSql.replace('    union all select * from member_events\n', `    union all select * from member_events\n${arm}`));
    await runModels(db, await loadModels(sqlDir), async () => {});

    const expected = Number(await queryValue(db, "select count(*) from fct_activities where type = 'site_visit' and year(date_start) = 2023"));
    expect(expected).toBeGreaterThan(0);
    expect(await queryRows(db, "select metric, value, metric_order from mart_metric_change where period = '2023' and metric = 'site_visits'"))
      .toEqual([{ metric: 'site_visits', value: expected, metric_order: METRICS.length + 1 }]);
    expect(await queryRows(db, "select metric, value from mart_period_metrics where period = '2023' and metric = 'site_visits'")).toEqual([{ metric: 'site_visits', value: expected }]);
    expect(await queryRows(db, "select year, value, source_kind from mart_metric_history where period = '2023' and metric = 'site_visits' and year = 2023"))
      .toEqual([{ year: 2023, value: expected, source_kind: 'registers' }]);
    // Measured against its register's span like every metric: the sample's activities register starts in 2023, so
    // 2022 has no data — null, not 0 (the hearing of December 2022 does not make that year covered).
    expect(await queryRows(db, "select register, counted_over from int_metric_coverage where metric = 'site_visits'")).toEqual([{ register: 'activities', counted_over: 'period' }]);
    expect(await queryRows(db, "select previous_value, year_ago_value from mart_metric_change where period = '2023' and metric = 'site_visits'"))
      .toEqual([{ previous_value: null, year_ago_value: null }]);
    // 3. its labels: the summary sheet names it by its label (without one, by its id).
    const rows = await queryRows(db, "select * from mart_metric_change where period = '2023' order by metric_order");
    const summary = SECTIONS.find((s) => s.id === 'summary')!;
    const ru = getLabels('ru');
    const labelled = { ...ru, metrics: { ...ru.metrics, site_visits: 'Выезды на объекты' } };
    expect(sheetModelFromSection(summary, labelled, rows).rows.at(-1)).toMatchObject({ metric: 'Выезды на объекты', value: expected });
    expect(sheetModelFromSection(summary, ru, rows).rows.at(-1)).toMatchObject({ metric: 'site_visits' });
  }, 120_000);
});
