/**
 * Registers name members the way people write them — `Иванов И.И.`, `И.И.Иванов`,
 * capitals, Kazakh letters with or without, Latin look-alikes, ids typed in odd
 * ways — and every form counts for its member, through the one resolver
 * (resolveMember, at build). A name two members fit equally is counted for
 * neither and listed with its candidates and its file, sheet and row; namesakes
 * one of whom had left are told apart by the date. Guards the issue-11 case: an
 * attendance register naming "Фамилия И.О." failed the build.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildModels, type BuildResult } from '../../pipelines/build/build.ts';
import { printChecks } from '../../cli/printChecks.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { useSuiteTempDir } from '../helpers/tempDir.ts';

// One folder for the database every test of the file reads.
const tempDir = useSuiteTempDir();
const config = defaultConfig('Тестовый совет');

// Иванова Ирина and Иванова Инна are both "Иванова И.И."; the two Кимы are both "Ким В.П.",
// but one left in June 2024 and the other joined in September.
const MEMBERS = [
  'member_id,full_name,commission,joined_on,left_on',
  'M01,Иванов Иван Иванович,1,2022-01-10,',
  'M02,Иванова Ирина Игоревна,1,2022-01-10,',
  'M03,Иванова Инна Игоревна,2,2022-01-10,',
  'M04,Ғазиз Қайсар Айдосұлы,2,2022-01-10,',
  'M05,Семёнов Пётр Ильич,1,2022-01-10,',
  'M06,Ким Виктор Петрович,2,2022-01-10,2024-06-30',
  'M07,Ким Виктор Павлович,2,2024-09-01,',
].join('\n');

const MEETINGS = 'meeting_id,body,date\nC1,council,2024-03-15\nC2,council,2024-11-20\nC3,council,2024-12-10\n';

// [meeting, member as written, status]; the sheet has a title row, so data starts on row 3.
const ATTENDANCE: [string, string, string][] = [
  ['C1', 'Иванов И.И.', 'present'],
  ['C1', 'ИВАНОВА ИРИНА ИГОРЕВНА', 'present'],
  ['C1', 'Иванова И.И.', 'present'], // row 5: M02 or M03 — counted for neither, listed
  ['C1', 'Қайсар Ғ.А.', 'online'],
  ['C1', 'Семенов П.И.', 'absent_excused'],
  ['C1', 'Ким В.П.', 'present'], // March: M06, M07 had not joined
  ['C2', 'И.И.Иванов', 'present'],
  ['C2', 'Иванова  Ирина', 'late'],
  ['C2', 'Инна Иванова', 'present'],
  ['C2', 'Газиз Кайсар Айдосулы', 'present'],
  ['C2', 'Сeмёнов Пётр', 'absent_unexcused'], // a Latin "e" in the surname
  ['C2', 'Ким В.П.', 'present'], // November: M07, M06 had left
  ['C3', 'm01', 'present'],
  ['C3', 'М02', 'present'], // a Cyrillic "М"
  ['C3', 'm 03', 'present'],
  ['C3', 'ИвановаИ.И.', 'present'], // row 18: the namesakes again, glued — listed
  ['C3', 'M04', 'present'],
  ['C3', 'M05', 'absent_excused'],
  ['C3', 'M07', 'present'],
  ['C3', 'Петров П.П.', 'present'], // row 22: no such member
];

const ACTIVITIES = [
  'activity_id,type,date_start,title,participants,led_by',
  'A1,monitoring,2024-04-01,Мониторинг парков,"Иванов И.И.; Иванова Ирина Игоревна, Ким В.П.\nГостев Гость Гостевич",Семенов П.И.',
  'A2,monitoring,2024-10-05,Мониторинг дорог,И.И.Иванов; Иванова И.И.; Ким В.П.,Иванова И.И.',
  'A3,round_table,2024-06-10,Круглый стол,"1. Семенов П.И. и Ғазиз Қ.А.\n2. M02 (модератор)",',
].join('\n');

const APPEALS = [
  'appeal_id,received_on,applicant_type,handled_by',
  '1,2024-02-01,individual,Иванов И.И.',
  '2,2024-02-02,individual,ИВАНОВ ИВАН',
  '3,2024-05-01,individual,Ким В.П.',
  '4,2024-10-01,individual,Ким В.П.',
  '5,2024-03-01,individual,Иванова И.И.',
  '6,2024-03-02,individual,Петров П.П.',
  '7,2024-03-03,individual,Қайсар Ғ.А.',
  '8,2024-11-01,individual,Kim V.P.',
].join('\n');

const LETTERS = 'letter_id,sent_on,addressee,handled_by\nL1,2024-04-10,Управление,Семёнов П.И.\nL2,2024-04-11,Управление,Иванова\n';
const NPA = 'npa_id,title,reviewed_on,result,author\nN1,Проект,2024-05-05,approved,Ғазиз Қ.А.\n';

let dir: string;
let db: Db;
let build: BuildResult;

beforeAll(async () => {
  dir = await tempDir();
  const files: Record<string, string> = {
    'members.csv': MEMBERS, 'meetings.csv': MEETINGS, 'activities.csv': ACTIVITIES, 'appeals.csv': APPEALS,
    'letters.csv': LETTERS, 'npa_reviews.csv': NPA,
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Посещаемость');
  sheet.addRow(['Журнал посещаемости заседаний, 2024']);
  sheet.addRow(['Заседание', 'ФИО', 'Статус']);
  for (const row of ATTENDANCE) sheet.addRow(row);
  await wb.xlsx.writeFile(join(dir, 'attendance.xlsx'));
  db = await openDatabase(join(dir, 'kenes.duckdb'));
  await ingestFiles(db, [...Object.keys(files), 'attendance.xlsx'].map((f) => join(dir, f)), { config, logger: silentLogger });
  build = await buildModels(db, config, parsePeriod('2024'));
});

afterAll(() => db?.close());

describe('register names written any way', () => {
  it('mart_member_attendance counts every form for its member, namesakes by who was a member that day', async () => {
    expect(await queryRows(db, `select member_id, expected, attended, online, excused, unexcused, unknown
      from mart_member_attendance where body = 'all' order by member_id`)).toEqual([
      { member_id: 'M01', expected: 3, attended: 3, online: 0, excused: 0, unexcused: 0, unknown: 0 },
      { member_id: 'M02', expected: 3, attended: 3, online: 0, excused: 0, unexcused: 0, unknown: 0 },
      // C1 named her only as "Иванова И.И.", which fits her namesake as well: unknown there, not guessed
      { member_id: 'M03', expected: 3, attended: 2, online: 0, excused: 0, unexcused: 0, unknown: 1 },
      { member_id: 'M04', expected: 3, attended: 3, online: 1, excused: 0, unexcused: 0, unknown: 0 },
      { member_id: 'M05', expected: 3, attended: 0, online: 0, excused: 2, unexcused: 1, unknown: 0 },
      { member_id: 'M06', expected: 1, attended: 1, online: 0, excused: 0, unexcused: 0, unknown: 0 },
      { member_id: 'M07', expected: 2, attended: 2, online: 0, excused: 0, unexcused: 0, unknown: 0 },
    ]);
    // "Ким В.П." fits both Кимы equally; on each day only one of them was a member
    expect(await queryRows(db, `select on_date, member_id, matched_by from int_member_refs where name_ref = 'Ким В.П.' order by on_date`)).toEqual([
      { on_date: '2024-03-15', member_id: 'M06', matched_by: 'name_and_date' }, // meeting C1
      { on_date: '2024-04-01', member_id: 'M06', matched_by: 'name_and_date' }, // activity A1
      { on_date: '2024-05-01', member_id: 'M06', matched_by: 'name_and_date' }, // appeal 3
      { on_date: '2024-10-01', member_id: 'M07', matched_by: 'name_and_date' }, // appeal 4
      { on_date: '2024-10-05', member_id: 'M07', matched_by: 'name_and_date' }, // activity A2
      { on_date: '2024-11-20', member_id: 'M07', matched_by: 'name_and_date' }, // meeting C2
    ]);
    expect(await queryRows(db, `select name_ref, member_id, matched_by from int_member_refs where name_ref in ('m01', 'М02', 'm 03') order by member_id`)).toEqual([
      { name_ref: 'm01', member_id: 'M01', matched_by: 'id' },
      { name_ref: 'М02', member_id: 'M02', matched_by: 'id' },
      { name_ref: 'm 03', member_id: 'M03', matched_by: 'id' },
    ]);
  });

  it('an ambiguous or unknown attendance name is on the review list with its candidates, file, sheet and row', async () => {
    const check = build.checks.find((c) => c.name === 'attendance_member_resolved')!;
    expect(check.failures).toBe(3);
    expect(check.sample.map((r) => [r.source_file, r.source_sheet, r.source_row, r.name, r.candidates])).toEqual([
      ['attendance.xlsx', 'Посещаемость', 5, 'Иванова И.И.', 'M03 Иванова Инна Игоревна; M02 Иванова Ирина Игоревна'],
      ['attendance.xlsx', 'Посещаемость', 18, 'ИвановаИ.И.', 'M03 Иванова Инна Игоревна; M02 Иванова Ирина Игоревна'],
      ['attendance.xlsx', 'Посещаемость', 22, 'Петров П.П.', expect.stringContaining('M')],
    ]);
    const out: string[] = [];
    printChecks({ out: (t) => out.push(t), err: () => {}, isTTY: false }, [check], true);
    expect(out).toContain('       attendance.xlsx:Посещаемость:row 5 — "Иванова И.И." matches several members; the row is not counted '
      + '(candidates: M03 Иванова Инна Игоревна; M02 Иванова Ирина Игоревна)');
    expect(out.join('\n')).toMatch(/attendance\.xlsx:Посещаемость:row 22 — "Петров П\.П\." matches no member; the row is not counted \(candidates: M/);
    expect(out.join('\n')).not.toMatch(/null|\{"/);
  });

  it('activity participants and leads: every form, the date for namesakes, guests left out, ambiguous ones listed', async () => {
    expect(await queryRows(db, 'select activity_id, role, member_id from fct_activity_participants order by all')).toEqual([
      { activity_id: 'A1', role: 'lead', member_id: 'M05' },
      { activity_id: 'A1', role: 'participant', member_id: 'M01' },
      { activity_id: 'A1', role: 'participant', member_id: 'M02' },
      { activity_id: 'A1', role: 'participant', member_id: 'M06' },
      { activity_id: 'A2', role: 'participant', member_id: 'M01' },
      { activity_id: 'A2', role: 'participant', member_id: 'M07' },
      { activity_id: 'A3', role: 'participant', member_id: 'M02' },
      { activity_id: 'A3', role: 'participant', member_id: 'M04' },
      { activity_id: 'A3', role: 'participant', member_id: 'M05' },
    ]);
    const check = build.checks.find((c) => c.name === 'member_names_resolved')!;
    expect(check.severity).toBe('warn');
    const activityRows = check.sample.filter((r) => String(r.problem).startsWith('activity '));
    expect(activityRows.map((r) => [r.source_file, r.source_row, r.problem])).toEqual([
      ['activities.csv', 3, 'activity A2: led_by "Иванова И.И." fits several members equally; write the member id'],
      ['activities.csv', 3, 'activity A2: participants "Иванова И.И." fits several members equally; write the member id'],
    ]);
  });

  it('appeals handled_by, letters handled_by and NPA authors resolve the same way; the rest are listed', async () => {
    expect(await queryRows(db, 'select appeal_id, handled_by_member_id from fct_appeals order by cast(appeal_id as integer)')).toEqual([
      { appeal_id: '1', handled_by_member_id: 'M01' },
      { appeal_id: '2', handled_by_member_id: 'M01' },
      { appeal_id: '3', handled_by_member_id: 'M06' },
      { appeal_id: '4', handled_by_member_id: 'M07' },
      { appeal_id: '5', handled_by_member_id: null },
      { appeal_id: '6', handled_by_member_id: null },
      { appeal_id: '7', handled_by_member_id: 'M04' },
      { appeal_id: '8', handled_by_member_id: 'M07' }, // in Latin letters, and a namesake told apart by the date
    ]);
    expect(await queryRows(db, 'select letter_id, handled_by_member_id from fct_letters order by letter_id')).toEqual([
      { letter_id: 'L1', handled_by_member_id: 'M05' }, { letter_id: 'L2', handled_by_member_id: null },
    ]);
    expect(await queryValue(db, 'select author_member_id from fct_npa_reviews')).toBe('M04');
    expect(await queryRows(db, `select member_id, appeals_handled, letters_handled, npa_conclusions from mart_member_kpi
      where appeals_handled + letters_handled + npa_conclusions > 0 order by member_id`)).toEqual([
      { member_id: 'M01', appeals_handled: 2, letters_handled: 0, npa_conclusions: 0 },
      { member_id: 'M04', appeals_handled: 1, letters_handled: 0, npa_conclusions: 1 },
      { member_id: 'M05', appeals_handled: 0, letters_handled: 1, npa_conclusions: 0 },
      { member_id: 'M06', appeals_handled: 1, letters_handled: 0, npa_conclusions: 0 },
      { member_id: 'M07', appeals_handled: 2, letters_handled: 0, npa_conclusions: 0 },
    ]);
    const problems = build.checks.find((c) => c.name === 'member_names_resolved')!.sample.map((r) => String(r.problem));
    expect(problems).toContain('appeal 5: handled_by "Иванова И.И." fits several members equally; write the member id');
    // The candidates come in their own column; kenes check prints them after the sentence.
    expect(build.checks.find((c) => c.name === 'member_names_resolved')!.sample.find((r) => String(r.problem).startsWith('appeal 5:'))!.candidates)
      .toBe('M03 Иванова Инна Игоревна; M02 Иванова Ирина Игоревна');
    expect(problems.find((p) => p.startsWith('appeal 6:'))).toMatch(/^appeal 6: handled_by "Петров П\.П\." matches no member/);
    expect(problems.find((p) => p.startsWith('letter L2:'))).toMatch(/^letter L2: handled_by "Иванова" fits several members equally/);
  });

  it('only the distinct names that are not ids go through the resolver', async () => {
    // ids (M04, m01) stay in SQL; a name written at many rows is resolved once
    const names = await queryRows(db, 'select distinct name_ref from int_name_matches order by name_ref');
    expect(names.map((r) => r.name_ref)).not.toContain('M04');
    expect(names.map((r) => r.name_ref)).not.toContain('m01');
    expect(await queryValue(db, `select count(*) from int_name_matches where name_ref = 'Ким В.П.'`)).toBe(2); // ambiguous: both candidates
    expect(await queryValue(db, 'select count(distinct name_ref) from int_name_matches'))
      .toBe(await queryValue(db, 'select count(distinct name_ref) from int_member_mentions where id_member_id is null'));
  });
});
