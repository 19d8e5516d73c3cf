/**
 * The figures of a moment (members, commissions, NPAs pending) are defined once, as steps
 * (sql/core/int_metric_moments.sql), and read on a period's last day by the council's own marts and by the
 * national rollup alike. A small council with the edges the sample never shows: a member without a joining
 * date, one who joined and left on the same day, one who leaves on the period's last day, one who leaves the
 * day after; a review without any date (pending, and not), one received before and reviewed after the period,
 * one received after it, one whose result came within it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../workspace/config.ts';
import { insertRows, openDatabase, queryRows, run } from '../../workspace/db.ts';
import { exportParquet } from '../../pipelines/national/exportParquet.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { SQL_DIR } from '../../workspace/paths.ts';
import { buildNationalMarts } from '../../pipelines/national/rollup.ts';
import { CFG_METRICS_TABLE, cfgMetricsRows } from '../../sources/reference/metrics.ts';
import { builtCouncil } from '../helpers/builtCouncil.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = { ...defaultConfig('Тестовый совет'), council: { id: 'edge', name: 'Тестовый совет' } };

const FILES: Record<string, string> = {
  'members.csv': [
    'member_id,full_name,commission,role,sector,joined_on,left_on',
    'M1,Сериков Арман Болатович,1,chair,civil_society,2022-05-20,',
    'M2,Ермекова Динара Сапаровна,2,member,state,,',
    'M3,Жумабек Нурлан Асқарұлы,3,member,civil_society,2023-03-01,2023-03-01',
    'M4,Ким Ольга Петровна,3,member,civil_society,2022-05-20,2023-12-31',
    'M5,Абенов Ерлан Маратович,1,member,state,2023-06-01,2024-01-01',
  ].join('\n'),
  'npa_reviews.csv': [
    'npa_id,title,received_on,reviewed_on,result',
    'N1,a,,,pending',
    'N2,b,,,approved',
    'N3,c,2023-03-01,2024-02-01,approved',
    'N4,d,2023-05-01,,pending',
    'N5,e,2024-01-05,,pending',
    'N6,f,2023-02-01,2023-04-01,approved_with_remarks',
  ].join('\n'),
  // What the national SQL also reads (meetings and attendance, activities, appeals, letters), one row each.
  'meetings.csv': 'meeting_id,body,date,format\nC1,council,2023-05-10,offline\n',
  'attendance.csv': 'meeting_id,member,status\nC1,M1,present\n',
  'activities.csv': 'activity_id,type,date_start,title\nA1,monitoring,2023-07-01,Мониторинг\n',
  'appeals.csv': 'appeal_id,received_on,applicant_type,answered_on\n1,2023-01-10,individual,2023-01-20\n',
  'letters.csv': 'letter_id,sent_on,addressee,answered_on\nL1,2023-02-01,D1,2023-02-10\n',
};

const MOMENTS = ['commissions', 'members_civil', 'members_state', 'members_total', 'npa_pending'];

describe('the figures of a moment', () => {
  it('are the count on the last day of any period, for the council and, from its export, for the rollup', async () => {
    const dir = await tempDir();
    const db = await builtCouncil(dir, FILES, config, '2023');
    try {
      expect(await queryRows(db, 'select source_file, source_row, reason from rejects')).toEqual([]);
      // On 31 December 2023: M1, M2 (no joining date) and M5 (leaves on 1 January); not M4, who left that day, nor
      // M3, a member for no whole day. Pending: N1 (no date, no result), N3 (reviewed in 2024), N4.
      const own = await queryRows(db, `select metric, value from int_period_metric_values
        where period = '2023' and metric in (${MOMENTS.map((m) => `'${m}'`).join(', ')}) order by metric`);
      expect(own).toEqual([
        { metric: 'commissions', value: 2 }, { metric: 'members_civil', value: 1 }, { metric: 'members_state', value: 2 },
        { metric: 'members_total', value: 3 }, { metric: 'npa_pending', value: 3 },
      ]);
      // The steps give the definition's own count on every day of 2021–2025.
      const differing = await queryRows(db, `with days as (select cast(unnest(generate_series(date '2021-01-01', date '2025-12-31', interval 1 day)) as date) as day),
        on_day as (select days.day, m.* from days join dim_members m on (m.joined_on is null or m.joined_on <= days.day) and (m.left_on is null or m.left_on > days.day)),
        direct as (
          select days.day, 'members_total' as metric, (select count(*) from on_day where on_day.day = days.day) as value from days
          union all select days.day, 'members_civil', (select count(*) from on_day where on_day.day = days.day and sector = 'civil_society') from days
          union all select days.day, 'members_state', (select count(*) from on_day where on_day.day = days.day and sector = 'state') from days
          union all select days.day, 'commissions', (select count(distinct commission) from on_day where on_day.day = days.day) from days
          union all select days.day, 'npa_pending', (select count(*) from fct_npa_reviews n
            where coalesce(n.received_on, n.reviewed_on, days.day) <= days.day and (n.result = 'pending' or n.reviewed_on > days.day)) from days
        )
        select direct.day, direct.metric, direct.value, moments.value as stepped
        from direct left join int_metric_moments as moments
          on moments.metric = direct.metric
          and (moments.valid_from is null or moments.valid_from <= direct.day) and (moments.valid_to is null or moments.valid_to > direct.day)
        where moments.value is distinct from direct.value
        limit 5`);
      expect(differing).toEqual([]);

      // The rollup reads the council's steps, not its rows: the same counts on the last day of any period.
      const exportDir = join(dir, 'national');
      await exportParquet(db, config, exportDir);
      const national = await openDatabase(':memory:');
      try {
        const nationalMoments = async (period: string) => {
          await buildNationalMarts(national, exportDir, parsePeriod(period).current);
          return queryRows(national, `select metric, value from mart_national_metrics where metric in (${MOMENTS.map((m) => `'${m}'`).join(', ')}) order by metric`);
        };
        expect(await nationalMoments('2023')).toEqual(own);
        // 30 June 2023: M1, M2, M4, M5; N1, N3, N4 pending.
        expect(await nationalMoments('2023-H1')).toEqual([
          { metric: 'commissions', value: 3 }, { metric: 'members_civil', value: 2 }, { metric: 'members_state', value: 2 },
          { metric: 'members_total', value: 4 }, { metric: 'npa_pending', value: 3 },
        ]);
        // 31 March 2023: N6 still without its result; M3 joined and left on 1 March.
        expect(await nationalMoments('2023-Q1')).toEqual([
          { metric: 'commissions', value: 3 }, { metric: 'members_civil', value: 2 }, { metric: 'members_state', value: 1 },
          { metric: 'members_total', value: 3 }, { metric: 'npa_pending', value: 3 },
        ]);
      } finally {
        national.close();
      }
    } finally {
      db.close();
    }
  }, 120_000);

  it('property: on any day, for any members and reviews, the step holding that day gives the definition\'s count', async () => {
    const db = await openDatabase(':memory:');
    try {
      const model = await readFile(join(SQL_DIR, 'core', 'int_metric_moments.sql'), 'utf8');
      await run(db, `create table ${CFG_METRICS_TABLE}`);
      await insertRows(db, 'cfg_metrics', cfgMetricsRows());
      // Days within a few weeks, so joining, leaving, receiving and reviewing fall on the same days often.
      const day = fc.option(fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10)), { freq: 4 });
      const member = fc.record({ sector: fc.constantFrom('civil_society', 'state', null), commission: fc.constantFrom('1', '2', '3', null), joined_on: day, left_on: day });
      const review = fc.record({ received_on: day, reviewed_on: day, result: fc.constantFrom('pending', 'approved', 'approved_with_remarks', 'rejected') });
      await fc.assert(fc.asyncProperty(fc.array(member, { maxLength: 8 }), fc.array(review, { maxLength: 8 }), async (members, reviews) => {
        await run(db, 'create or replace table dim_members (member_id varchar, sector varchar, commission varchar, joined_on date, left_on date)');
        await insertRows(db, 'dim_members', members.map((m, i) => [`M${i}`, m.sector, m.commission, m.joined_on, m.left_on]));
        await run(db, 'create or replace table fct_npa_reviews (received_on date, reviewed_on date, result varchar)');
        await insertRows(db, 'fct_npa_reviews', reviews.map((r) => [r.received_on, r.reviewed_on, r.result]));
        await run(db, `create or replace table int_metric_moments as ${model}`);
        const differing = await queryRows(db, `with days as (select cast(unnest(generate_series(date '2022-12-25', date '2023-02-15', interval 1 day)) as date) as day),
          direct as (
            select days.day,
              count(m.member_id) as members_total,
              count(m.member_id) filter (where m.sector = 'civil_society') as members_civil,
              count(m.member_id) filter (where m.sector = 'state') as members_state,
              count(distinct m.commission) as commissions,
              (select count(*) from fct_npa_reviews n
                where coalesce(n.received_on, n.reviewed_on, days.day) <= days.day and (n.result = 'pending' or n.reviewed_on > days.day)) as npa_pending,
            from days left join dim_members m on (m.joined_on is null or m.joined_on <= days.day) and (m.left_on is null or m.left_on > days.day)
            group by days.day
          ),
          expected as (unpivot direct on members_total, members_civil, members_state, commissions, npa_pending into name metric value value),
          stepped as (
            select days.day, moments.metric, moments.value, count(*) over (partition by days.day, moments.metric) as steps
            from days join int_metric_moments as moments
              on (moments.valid_from is null or moments.valid_from <= days.day) and (moments.valid_to is null or moments.valid_to > days.day)
          )
          select expected.day, expected.metric, expected.value, stepped.value as stepped, stepped.steps
          from expected left join stepped using (day, metric)
          where stepped.value is distinct from expected.value or stepped.steps <> 1
          limit 3`);
        expect(differing).toEqual([]);
      }), { numRuns: 60 });
    } finally {
      db.close();
    }
  }, 120_000);
});
