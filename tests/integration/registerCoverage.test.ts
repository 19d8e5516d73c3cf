/**
 * No data is not zero (issue 14): a period the register a metric counts does not cover has no value
 * (null) in mart_period_metrics and mart_metric_history, while inside the register's span a period
 * without rows is a real 0. A small council built inline: meetings kept since January 2022, activities
 * only from December 2022, appeals only in 2023, no letters, NPA or media register at all, and a 2022
 * report that states two figures.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig, type Config } from '../../workspace/config.ts';
import { queryRows, type Db } from '../../workspace/db.ts';
import { kenesErrorOf } from '../helpers/kenesErrorOf.ts';
import { useSuiteTempDir, useTempDir } from '../helpers/tempDir.ts';
import { builtCouncil } from '../helpers/builtCouncil.ts';

const tempDir = useTempDir();
// The folder of the council built for 2023 that three tests read together, kept until the file's end.
const suiteDir = useSuiteTempDir();
const council = { name: 'Тестовый совет' };

const FILES: Record<string, string> = {
  'members.csv': [
    'member_id,full_name,commission,role,sector,joined_on,left_on',
    'M1,Сериков Арман Болатович,1,chair,civil_society,2022-05-20,',
    'M2,Ермекова Динара Сапаровна,1,member,civil_society,2023-02-01,',
  ].join('\n'),
  'meetings.csv': [
    'meeting_id,body,date',
    'C1,council,2022-01-20',
    'C2,council,2022-12-20',
    'C3,council,2023-03-01',
    'P1,presidium,2023-03-05',
  ].join('\n'),
  'activities.csv': [
    'activity_id,type,date_start,title',
    'A1,monitoring,2022-12-05,Мониторинг парков',
    'A2,monitoring,2023-04-01,Мониторинг школ',
  ].join('\n'),
  'appeals.csv': 'appeal_id,received_on,applicant_type,answered_on\n1,2023-02-01,individual,2023-02-10\n2,2023-06-01,individual,\n3,2023-11-01,legal_entity,\n',
  'stated_figures.csv': [
    'period_from,period_to,metric,value,source',
    '2022-01-01,2022-12-31,monitorings,15,report-2022.txt',
    '2022-01-01,2022-12-31,appeals_received,40,report-2022.txt',
  ].join('\n'),
};

async function built(dir: string, period: string, config: Config = defaultConfig(council.name)): Promise<Db> {
  return builtCouncil(dir, FILES, config, period, { checks: false });
}

type Compared = { value: unknown; previous_value: unknown; year_ago_value: unknown };

async function metrics(db: Db): Promise<Map<string, Compared>> {
  const rows = await queryRows(db, 'select metric, value, previous_value, year_ago_value from mart_period_metrics');
  return new Map(rows.map((r) => [String(r.metric), { value: r.value, previous_value: r.previous_value, year_ago_value: r.year_ago_value }]));
}

describe('register coverage', () => {
  // One build of the council for 2023 for the tests that only read it (each built its own: three builds of one council).
  let built2023: Promise<Db> | undefined;
  const shared2023 = () => (built2023 ??= suiteDir().then((dir) => built(dir, '2023')));
  afterAll(async () => (await built2023)?.close());

  it('each register covers the span of its rows, by the date that places a row', async () => {
    const db = await shared2023();
    const rows = await queryRows(db, "select register, cast(date_from as varchar) as date_from, basis from int_register_coverage where register <> 'members' order by register");
    expect(rows).toEqual([
      { register: 'activities', date_from: '2022-12-05', basis: 'records' },
      { register: 'appeals', date_from: '2023-02-01', basis: 'records' },
      { register: 'meetings', date_from: '2022-01-20', basis: 'records' },
    ]);
    // the longest stretch between two rows: what a register's own rhythm allows at a period's edge
    expect(await queryRows(db, 'select register, lull_days from int_register_coverage order by register')).toEqual([
      { register: 'activities', lull_days: 117 },
      { register: 'appeals', lull_days: 153 },
      { register: 'meetings', lull_days: 334 },
      { register: 'members', lull_days: 0 },
    ]);
    // members: from the first joining to today (the register is the current list)
    expect(await queryRows(db, "select cast(date_from as varchar) as date_from, date_to = current_date as today from int_register_coverage where register = 'members'"))
      .toEqual([{ date_from: '2022-05-20', today: true }]);
  });

  it('2023 against 2022: a real comparison where the register covered 2022, a real 0 where it counted nothing, null where it has no records', async () => {
    const db = await shared2023();
    const m = await metrics(db);
    // meetings kept all of 2022: two council meetings, and no presidium meeting — a 0 that is a fact
    expect(m.get('general_meetings')).toEqual({ value: 1, previous_value: 2, year_ago_value: 2 });
    expect(m.get('presidium_meetings')).toEqual({ value: 1, previous_value: 0, year_ago_value: 0 });
    expect(m.get('commission_meetings')).toEqual({ value: 0, previous_value: 0, year_ago_value: 0 });
    // activities reach only December 2022: no year to compare with — except what the 2022 report states
    expect(m.get('monitorings')).toEqual({ value: 1, previous_value: 15, year_ago_value: 15 });
    expect(m.get('report_hearings')).toEqual({ value: 0, previous_value: null, year_ago_value: null });
    // appeals start in 2023; the 2022 report states how many came, and nothing else about them
    expect(m.get('appeals_received')).toEqual({ value: 3, previous_value: 40, year_ago_value: 40 });
    expect(m.get('appeals_answered')).toEqual({ value: 1, previous_value: null, year_ago_value: null });
    // no letters, NPA or media register at all: no data, also for the report period
    for (const id of ['letters_sent', 'letters_answered', 'npa_reviewed', 'npa_pending', 'publications']) {
      expect([id, m.get(id)]).toEqual([id, { value: null, previous_value: null, year_ago_value: null }]);
    }
    // the members on 2022-12-31 are known (a figure of a moment); who joined in 2022 is known only from May
    expect(m.get('members_total')).toEqual({ value: 2, previous_value: 1, year_ago_value: 1 });
    expect(m.get('members_joined')).toEqual({ value: 1, previous_value: null, year_ago_value: null });
    // the change is null wherever a side of it is
    expect(await queryRows(db, "select metric, change, change_share, previous_period from mart_metric_change where metric in ('report_hearings', 'presidium_meetings') order by metric"))
      .toEqual([
        { metric: 'presidium_meetings', change: 1, change_share: null, previous_period: '2022' },
        { metric: 'report_hearings', change: null, change_share: null, previous_period: '2022' },
      ]);
  });

  it('a quarter against the quarter before and a year earlier; a month against the month before', async () => {
    let db = await built(await tempDir(), '2023-Q1');
    try {
      const m = await metrics(db);
      expect(m.get('general_meetings')).toEqual({ value: 1, previous_value: 1, year_ago_value: 1 });
      // activities start in December 2022, but their register went 117 days without a row (5 December to
      // 1 April): October and November are within its rhythm, so the fourth quarter is covered; the first is not
      expect(m.get('monitorings')).toEqual({ value: 0, previous_value: 1, year_ago_value: null });
      // the report period itself: appeals start on 1 February, so the first quarter has them
      expect(m.get('appeals_received')?.value).toBe(1);
    } finally {
      db.close();
    }
    db = await built(await tempDir(), '2023-01');
    try {
      const m = await metrics(db);
      // December 2022 is wholly inside the activities' span: its monitoring is a real 1
      expect(m.get('monitorings')).toEqual({ value: 0, previous_value: 1, year_ago_value: null });
      // the appeals register starts on 1 February, but went 153 days without a row: a January and a
      // December without appeals are within its rhythm (0); January 2022 is not
      expect(m.get('appeals_received')).toEqual({ value: 0, previous_value: 0, year_ago_value: null });
    } finally {
      db.close();
    }
  });

  it('a figure a report states for the previous quarter stands where no register covers it', async () => {
    const files = { ...FILES, 'stated_figures.csv': `${FILES['stated_figures.csv']}\n2022-10-01,2022-12-31,letters_sent,7,report-2022-q4.txt\n` };
    const db = await builtCouncil(await tempDir(), files, defaultConfig(council.name), '2023-Q1', { checks: false });
    try {
      const m = await metrics(db);
      expect(m.get('letters_sent')).toEqual({ value: null, previous_value: 7, year_ago_value: null });
      // the 2022 figures are a year's, not the quarter's: they do not stand for it
      expect(m.get('appeals_received')?.previous_value).toBe(0);
    } finally {
      db.close();
    }
  });

  it('a span the config states replaces the data\'s: the register is complete from then, so no rows is 0', async () => {
    const config = parseConfig({ council, coverage: { activities: { from: '2022-01-01' }, letters: { from: '2023-01-01', to: '2023-12-31' } } });
    const db = await built(await tempDir(), '2023', config);
    try {
      expect(await queryRows(db, "select register, cast(date_from as varchar) as date_from, cast(date_to as varchar) as date_to, basis from int_register_coverage where register in ('activities', 'letters') order by register"))
        .toEqual([
          { register: 'activities', date_from: '2022-01-01', date_to: '2023-04-01', basis: 'config' },
          { register: 'letters', date_from: '2023-01-01', date_to: '2023-12-31', basis: 'config' },
        ]);
      const m = await metrics(db);
      // the registers cover 2022 now: their count stands, the stated 15 is for reconciliation only
      expect(m.get('monitorings')).toEqual({ value: 1, previous_value: 1, year_ago_value: 1 });
      expect(m.get('report_hearings')).toEqual({ value: 0, previous_value: 0, year_ago_value: 0 });
      // a letters register kept for 2023 and empty: 0 letters, a fact; 2022 is outside its span
      expect(m.get('letters_sent')).toEqual({ value: 0, previous_value: null, year_ago_value: null });
    } finally {
      db.close();
    }
  });

  it('the history: computed where the register covers the year, stated where not, null (no point) where neither', async () => {
    const db = await shared2023();
    const rows = await queryRows(db, `select metric, year, value, source_kind, source from mart_metric_history
      where metric in ('general_meetings', 'monitorings', 'report_hearings', 'appeals_received', 'letters_sent') order by metric, year`);
    expect(rows).toEqual([
      { metric: 'appeals_received', year: 2022, value: 40, source_kind: 'stated', source: expect.stringContaining('report-2022.txt') },
      { metric: 'appeals_received', year: 2023, value: 3, source_kind: 'registers', source: expect.stringContaining('appeals.csv') },
      { metric: 'general_meetings', year: 2022, value: 2, source_kind: 'registers', source: expect.stringContaining('meetings.csv') },
      { metric: 'general_meetings', year: 2023, value: 1, source_kind: 'registers', source: expect.stringContaining('meetings.csv') },
      { metric: 'letters_sent', year: 2022, value: null, source_kind: null, source: null },
      { metric: 'letters_sent', year: 2023, value: null, source_kind: null, source: null },
      { metric: 'monitorings', year: 2022, value: 15, source_kind: 'stated', source: expect.stringContaining('report-2022.txt') },
      { metric: 'monitorings', year: 2023, value: 1, source_kind: 'registers', source: expect.stringContaining('activities.csv') },
      { metric: 'report_hearings', year: 2022, value: null, source_kind: null, source: null },
      // covered and none held: 0, with no file behind it
      { metric: 'report_hearings', year: 2023, value: 0, source_kind: 'registers', source: null },
    ]);
  });

  it('reconciliation compares a stated figure with the registers only where they cover its period', async () => {
    const dir = await tempDir();
    FILES['stated_figures.csv'] += '\n2023-01-01,2023-12-31,letters_sent,12,report-2023.txt\n2023-01-01,2023-12-31,general_meetings,1,report-2023.txt';
    try {
      const db = await built(dir, '2023');
      try {
        expect(await queryRows(db, 'select metric, stated, computed, status from mart_reconciliation order by metric')).toEqual([
          { metric: 'general_meetings', stated: 1, computed: 1, status: 'match' },
          // no letters register: nothing to compare with, not "12 against 0"
          { metric: 'letters_sent', stated: 12, computed: null, status: 'not_computed' },
        ]);
      } finally {
        db.close();
      }
    } finally {
      FILES['stated_figures.csv'] = FILES['stated_figures.csv'].split('\n').slice(0, 3).join('\n');
    }
  });
});

describe('config: coverage', () => {
  it('takes a span per register the metrics count, and refuses others or a span that ends before it starts', () => {
    expect(parseConfig({ council }).coverage).toEqual({});
    expect(parseConfig({ council, coverage: { appeals: { from: '2021-01-01' } } }).coverage).toEqual({ appeals: { from: '2021-01-01' } });
    expect(kenesErrorOf(() => parseConfig({ council, coverage: { attendance: { from: '2021-01-01' } } })).code).toBe('config.invalid');
    expect(kenesErrorOf(() => parseConfig({ council, coverage: { appeals: { from: '2021-13-01' } } })).message).toBe('coverage.appeals.from: not a calendar date');
    expect(kenesErrorOf(() => parseConfig({ council, coverage: { appeals: { from: '01.01.2021' } } })).message).toBe('coverage.appeals.from: a date as YYYY-MM-DD');
    expect(kenesErrorOf(() => parseConfig({ council, coverage: { appeals: { from: '2023-01-01', to: '2022-12-31' } } })).message).toBe('coverage.appeals: `from` is after `to`');
    expect(kenesErrorOf(() => parseConfig({ council, coverage: { appeals: { to: '2022-12-31' } } })).code).toBe('config.invalid');
  });
});
