import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { queryRows, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { useSuiteTempDir, useTempDir } from '../helpers/tempDir.ts';
import { builtCouncil } from '../helpers/builtCouncil.ts';

const tempDir = useTempDir();
// The folder of the council the marts tests read together (built once), kept until the file's end.
const suiteDir = useSuiteTempDir();
const config = defaultConfig('Тестовый совет');

/** A council of six: M6 joins in October, so May's meeting does not expect her. */
const FILES: Record<string, string> = {
  'members.csv': [
    'member_id,full_name,commission,role,sector,joined_on,left_on',
    'M1,Сериков Арман Болатович,1,chair,civil_society,2022-05-20,',
    'M2,Ермекова Динара Сапаровна,1,commission_chair,civil_society,2022-05-20,',
    'M3,Жумабек Нурлан Асқарұлы,2,member,state,2022-05-20,',
    'M4,Ким Ольга Петровна,2,member,civil_society,2022-05-20,',
    'M5,Абенов Ерлан Маратович,2,member,civil_society,2022-05-20,2023-09-01',
    'M6,Тасова Алия Ерлановна,1,member,civil_society,2023-10-02,',
  ].join('\n'),
  'meetings.csv': [
    'meeting_id,body,date,format',
    'C1,council,2023-05-10,offline',
    'C2,Заседание ОС,2023-11-15,hybrid',
    'K1,Комиссия № 1,2023-11-20,offline',
  ].join('\n'),
  'attendance.csv': [
    'meeting_id,member,status',
    'C1,M1,present', 'C1,M2,online', 'C1,M3,absent_unexcused', 'C1,M4,present', 'C1,Абенов Ерлан Маратович,absent_excused',
    'C2,M1,present', 'C2,M2,present', 'C2,M3,absent_unexcused', 'C2,M4,late', 'C2,M6,present',
    'K1,M1,present', 'K1,M2,present',
  ].join('\n'),
  'activities.csv': [
    'activity_id,type,date_start,title,participants,led_by,target_body',
    'A1,report_hearing,2023-03-01,Отчет управления образования,M1; M2,M2,D1',
    'A2,report_hearing,2023-04-01,Отчет управления образования повторно,M1,M1,D1',
    'A3,report_hearing,2023-06-01,Отчет акимата района,M3,,R1',
    'A4,monitoring,2023-07-01,Мониторинг парков,M4; Ким Ольга Петровна,M4,',
    'A5,monitoring,2022-12-01,Мониторинг прошлого года,M4,,',
  ].join('\n'),
  'bodies.csv': 'body_id,name,kind,mandatory\nD1,Управление образования,department,true\nR1,Акимат Алатауского района,district_akimat,true\n',
  'appeals.csv': 'appeal_id,received_on,applicant_type,answered_on\n1,2023-01-10,individual,2023-01-20\n2,2023-01-15,legal_entity,2023-02-03\n3,2023-02-01,individual,\n',
  'npa_reviews.csv': 'npa_id,title,reviewed_on,result\nN1,a,2023-02-01,approved\nN2,b,2023-03-01,approved_with_remarks\nN3,c,,pending\n',
};

async function builtDb(dir: string): Promise<Db> {
  return builtCouncil(dir, FILES, config, '2023');
}

describe('marts', () => {
  // One build for the tests that only read its marts (four builds of the same council were half the file's CPU).
  let built: Promise<Db> | undefined;
  const sharedDb = () => (built ??= suiteDir().then(builtDb));
  afterAll(async () => (await built)?.close());

  it('mart_meetings: members_total is who belonged on the date; quorum is two thirds', async () => {
    const db = await sharedDb();
    expect(await queryRows(db, 'select meeting_id, body, members_total, present, online, quorum_required, quorum_met from mart_meetings order by meeting_id')).toEqual([
      // May: M1..M5 expected (M6 had not joined); M1, M2 (online), M4 attended → 3 of 5, quorum 4
      { meeting_id: 'C1', body: 'council', members_total: 5, present: 3, online: 1, quorum_required: 4, quorum_met: false },
      // November: M5 has left, M6 has joined → 5 expected; M1, M2, M4 (late), M6 attended
      { meeting_id: 'C2', body: 'council', members_total: 5, present: 4, online: 0, quorum_required: 4, quorum_met: true },
      { meeting_id: 'K1', body: 'commission 1', members_total: 3, present: 2, online: 0, quorum_required: 2, quorum_met: true },
    ]);
  });

  it('mart_member_attendance: a member is measured only against meetings after joining', async () => {
    const db = await sharedDb();
    const rows = await queryRows(db, `select member_id, expected, attended, unexcused, unknown, attendance_rate from mart_member_attendance where body = 'all' order by member_id`);
    expect(rows).toEqual([
      { member_id: 'M1', expected: 3, attended: 3, unexcused: 0, unknown: 0, attendance_rate: 1 },
      { member_id: 'M2', expected: 3, attended: 3, unexcused: 0, unknown: 0, attendance_rate: 1 },
      { member_id: 'M3', expected: 2, attended: 0, unexcused: 2, unknown: 0, attendance_rate: 0 },
      { member_id: 'M4', expected: 2, attended: 2, unexcused: 0, unknown: 0, attendance_rate: 1 },
      { member_id: 'M5', expected: 1, attended: 0, unexcused: 0, unknown: 0, attendance_rate: 0 },
      // M6 joined in October: expected at the November council and commission meetings only; no K1 record → unknown
      { member_id: 'M6', expected: 2, attended: 1, unexcused: 0, unknown: 1, attendance_rate: 0.5 },
    ]);
  });

  it('mart_period_metrics: counts by the definitions, with the previous year', async () => {
    const db = await sharedDb();
    const rows = await queryRows(db, 'select metric, value, previous_value from mart_period_metrics order by metric');
    const metric = (id: string) => rows.find((r) => r.metric === id);
    // The meetings register starts in May 2023: 2022 has no records, so no data — not 0.
    expect(metric('general_meetings')).toEqual({ metric: 'general_meetings', value: 2, previous_value: null });
    expect(metric('commission_meetings')?.value).toBe(1);
    expect(metric('report_hearings')?.value).toBe(3);
    expect(metric('departments_heard')?.value).toBe(1); // D1 heard twice counts once
    expect(metric('district_akimats_heard')?.value).toBe(1);
    // The activities register reaches only December of 2022: a part of a year is no year to compare with.
    expect(metric('monitorings')).toEqual({ metric: 'monitorings', value: 1, previous_value: null });
    // The members on 2022-12-31 are known (the register runs from 2022-05-20): a figure of a moment.
    expect(metric('members_total')?.previous_value).toBe(5);
    expect(metric('appeals_received')?.value).toBe(3);
    expect(metric('appeals_individuals')?.value).toBe(2);
    expect(metric('appeals_answered')?.value).toBe(2);
    expect(metric('npa_reviewed')?.value).toBe(2);
    expect(metric('npa_with_remarks')?.value).toBe(1);
    expect(metric('npa_pending')?.value).toBe(1);
    expect(metric('members_total')?.value).toBe(5);
    expect(metric('members_state')?.value).toBe(1);
    expect(metric('members_joined')?.value).toBe(1);
    expect(metric('members_left')?.value).toBe(1);
    expect(rows).toHaveLength(30);
  });

  it('mart_member_kpi: participation counted once per activity, names resolved, ranked', async () => {
    const db = await sharedDb();
    const rows = await queryRows(db, 'select member_id, activities_participated, activities_led, rank from mart_member_kpi order by member_id');
    expect(rows.map((r) => [r.member_id, r.activities_participated, r.activities_led])).toEqual([
      ['M1', 2, 1], ['M2', 1, 1], ['M3', 1, 0], ['M4', 1, 1], ['M5', 0, 0], ['M6', 0, 0],
    ]);
    expect(rows.find((r) => r.member_id === 'M1')?.rank).toBe(1);
  });
});

describe('building again', () => {
  it('keeps the marts when nothing changed, and rebuilds after an ingest or for another period', async () => {
    const dir = await tempDir();
    const db = await builtDb(dir);
    try {
      const periods = parsePeriod('2023');
      expect((await buildModels(db, config, periods, { reuse: true })).reused).toBe(true);
      expect((await buildModels(db, config, parsePeriod('2023-H2'), { reuse: true })).reused).toBe(false);
      expect((await buildModels(db, config, periods, { reuse: true })).reused).toBe(false);
      await writeFile(join(dir, 'letters.csv'), 'letter_id,sent_on,addressee\nL1,2023-05-05,D1\n');
      await ingestFiles(db, [join(dir, 'letters.csv')], { config, logger: silentLogger });
      const after = await buildModels(db, config, periods, { reuse: true });
      expect(after.reused).toBe(false);
      expect(await queryRows(db, `select value from mart_period_metrics where metric = 'letters_sent'`)).toEqual([{ value: 1 }]);
    } finally {
      db.close();
    }
  });
});
