/**
 * Documents land in the same raw tables as registers: a protocol's meeting,
 * attendance and votes; a report's dated activities and stated figures — each
 * row with the line it came from, names matched to members or put on the review list.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { runCli, type CliIO } from '../../cli/cli.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { openDatabase, queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { EXAMPLES_DIR } from '../helpers/examples.ts';
import { COMMISSION_MEMBERS_CSV } from '../helpers/commissionMembers.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
const config = defaultConfig('Тестовый совет');
const FIXTURES = new URL('../fixtures/extract/', import.meta.url).pathname;
const EXAMPLES = EXAMPLES_DIR;

const MEMBERS = COMMISSION_MEMBERS_CSV;

async function withDb<T>(work: (db: Db, dir: string) => Promise<T>): Promise<T> {
  const dir = await tempDir();
  const db = await openDatabase(join(dir, 'kenes.duckdb'));
  try {
    return await work(db, dir);
  } finally {
    db.close();
  }
}

describe('ingesting documents', () => {
  it('a protocol gives its meeting, attendance with member ids, and votes, with source lines', () => withDb(async (db, dir) => {
    await writeFile(join(dir, 'members.csv'), MEMBERS);
    const docx = join(dir, 'protocol-commission-ru.docx');
    await copyFile(join(FIXTURES, 'protocol-commission-ru.docx'), docx);
    const result = await ingestFiles(db, [docx, join(dir, 'members.csv')], { config, logger: silentLogger });
    expect(result.documents.map((d) => [d.file, d.kind, d.reviews.length])).toEqual([['protocol-commission-ru.docx', 'protocol', 0]]);

    expect(await queryRows(db, 'select meeting_id, body, date, number from raw_meetings')).toEqual([
      { meeting_id: 'commission 2 2024-04-05 №3', body: 'commission 2', date: '2024-04-05', number: '3' },
    ]);
    expect(await queryRows(db, 'select member, status, source_line from raw_attendance order by source_line')).toEqual([
      { member: 'K01', status: 'present', source_line: 8 },
      { member: 'K02', status: 'online', source_line: 9 },
      { member: 'K03', status: 'present', source_line: 10 },
      { member: 'K04', status: 'online', source_line: 11 },
      { member: 'K05', status: 'present', source_line: 12 },
      { member: 'K06', status: 'absent_excused', source_line: 14 },
      { member: 'K07', status: 'absent_unexcused', source_line: 15 },
      // "Орлов Д.А." is K08, not his namesake Орлов Дмитрий Сергеевич of another commission
      { member: 'K08', status: 'unknown', source_line: 16 },
    ]);
    // Each vote on the question its section is headed by ("По второму вопросу"): the second question's proposal voted
    // down and then its decision — the register keeps the decision, the proposal is a reject that says why.
    expect(await queryRows(db, 'select item_no, "for", against, abstain, declared from raw_votes order by item_no')).toEqual([
      { item_no: 1, for: 5, against: 0, abstain: 0, declared: 'adopted' },
      { item_no: 2, for: null, against: null, abstain: null, declared: 'adopted' },
    ]);
    expect(await queryRows(db, `select column_name, source_line from rejects where register = 'votes' and reason like 'another vote on question 2 follows%'`)).toEqual([
      { column_name: 'item_no', source_line: 27 },
    ]);
    expect(await queryValue(db, `select count(*) from document_issues where message like '%numbering jumps from 4 to 6%'`)).toBe(1);

    await buildModels(db, config, parsePeriod('2024'));
    expect(await queryRows(db, 'select body, members_total, present, online, quorum_met from mart_meetings')).toEqual([
      { body: 'commission 2', members_total: 8, present: 5, online: 2, quorum_met: false },
    ]);
  }));

  it('a name that matches nobody stays as written and goes to the review list', () => withDb(async (db, dir) => {
    await writeFile(join(dir, 'members.csv'), 'member_id,full_name\nK01,Иванов Иван Иванович\n');
    const protocol = join(dir, 'protocol-3.txt');
    await copyFile(join(FIXTURES, 'protocol-commission-ru.txt'), protocol);
    await ingestFiles(db, [join(dir, 'members.csv'), protocol], { config, logger: silentLogger });
    expect(await queryValue(db, `select count(*) from raw_attendance where member = 'K01'`)).toBe(1);
    const review = await queryRows(db, 'select name, resolution, source_line from name_review order by source_line');
    expect(review.map((r) => r.name)).toEqual(['Петрова А.С.', 'Сидоров С.С.', 'Ахметова Динара Ерлановна', 'Ким В.П.', 'Жумабаев Б.К.', 'Серикова Л.М.', 'Орлов Д.А.']);
    expect(review.every((r) => r.resolution === 'unmatched')).toBe(true);
  }));

  it('a protocol ingested before the members register: its names, kept as written, are resolved by the build', () => withDb(async (db, dir) => {
    const protocol = join(dir, 'protocol-3.txt');
    await copyFile(join(FIXTURES, 'protocol-commission-ru.txt'), protocol);
    await ingestFiles(db, [protocol], { config, logger: silentLogger });
    expect(await queryValue(db, `select count(*) from raw_attendance where member like 'K0%'`)).toBe(0);
    await writeFile(join(dir, 'members.csv'), MEMBERS);
    await ingestFiles(db, [join(dir, 'members.csv')], { config, logger: silentLogger });
    const build = await buildModels(db, config, parsePeriod('2024'));
    // the same members as when the register came first (the test above), "Орлов Д.А." not his namesake K09
    expect(await queryRows(db, 'select member_id, status from fct_attendance where is_recorded order by member_id')).toEqual([
      { member_id: 'K01', status: 'present' }, { member_id: 'K02', status: 'online' }, { member_id: 'K03', status: 'present' },
      { member_id: 'K04', status: 'online' }, { member_id: 'K05', status: 'present' }, { member_id: 'K06', status: 'absent_excused' },
      { member_id: 'K07', status: 'absent_unexcused' }, { member_id: 'K08', status: 'unknown' },
    ]);
    expect(build.checks.find((c) => c.name === 'attendance_member_resolved')?.failures).toBe(0);
  }));

  it('report-2019 gives its stated figures and dated monitorings; undated items are rejects with a reason', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2019.txt');
    await copyFile(join(EXAMPLES, 'report-2019.txt'), report);
    for (let i = 0; i < 2; i++) await ingestFiles(db, [report], { config, logger: silentLogger });
    const figures = await queryRows(db, `select metric, value, period_from, period_to, source from raw_stated_figures order by metric`);
    const value = (m: string) => figures.find((f) => f.metric === m)?.value;
    expect(value('npa_reviewed')).toBe(89);
    expect(value('npa_with_remarks')).toBe(4);
    expect(value('appeals_received')).toBe(764);
    expect(figures[0]).toMatchObject({ period_from: '2019-01-01', period_to: '2019-12-31', source: 'report-2019.txt' });
    // ingested twice, loaded once
    expect(await queryValue(db, `select count(*) from raw_stated_figures where metric = 'npa_reviewed'`)).toBe(1);
    expect(await queryValue(db, `select count(*) from raw_activities where type = 'monitoring'`)).toBe(18);
    expect(await queryValue(db, `select count(*) from document_issues where message like '%89 npa_approved + 4 npa_with_remarks%'`)).toBe(1);
    const undated = await queryRows(db, `select reason from rejects where register = 'activities' limit 1`);
    expect(String(undated[0].reason)).toMatch(/^the report gives no date for this /);
  }));
});

describe('kenes extract', () => {
  const capture = (): CliIO & { stdout: string[] } => {
    const stdout: string[] = [];
    return { stdout, isTTY: false, out: (t) => stdout.push(t), err: () => {} };
  };

  it('protocol --json prints the DESIGN.md format', async () => {
    const io = capture();
    expect(await runCli(['extract', 'protocol', join(EXAMPLES, 'protocol-2022-12-28.txt'), '--json'], io)).toBe(0);
    const extract = JSON.parse(io.stdout.join('\n'));
    // 39 members, 30 present and no one named absent: who was absent is not written (absentees_listed: false), not nobody.
    expect(Object.keys(extract)).toEqual(['kind', 'number', 'date', 'body', 'members_total', 'present', 'online', 'attendees', 'absentees', 'agenda', 'votes', 'issues', 'absentees_listed']);
    expect(extract.absentees_listed).toBe(false);
    expect(extract).toMatchObject({ kind: 'protocol', number: '8', date: '2022-12-28', members_total: 39, present: 30 });
    expect(extract.attendees).toHaveLength(28);
  });

  it('report without --json prints a readable summary; a missing file exits 2', async () => {
    const io = capture();
    expect(await runCli(['extract', 'report', join(EXAMPLES, 'report-2023-summary.txt')], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('letters_sent');
    expect(await runCli(['extract', 'report', '/nonexistent/report.txt'], capture())).toBe(2);
  });
});

describe('reconciliation of a narrative report', () => {
  it('report-2019: the NPA contradiction is flagged and stated figures are set against computed ones', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2019.txt');
    await copyFile(join(EXAMPLES, 'report-2019.txt'), report);
    await ingestFiles(db, [report], { config, logger: silentLogger });
    await buildModels(db, config, parsePeriod('2019'));
    const rows = await queryRows(db, 'select metric, stated, computed, difference, status, issue, source from mart_reconciliation order by metric');
    const row = (metric: string) => rows.find((r) => r.metric === metric);
    // the 18 dated monitorings of the report's table are computed back to its stated 18
    expect(row('monitorings')).toMatchObject({ stated: 18, computed: 18, difference: 0, status: 'match', source: 'report-2019.txt' });
    // no NPA register for 2019: stated 89, nothing to compute it from (no data is not 0), and the report contradicts itself
    expect(row('npa_reviewed')).toMatchObject({ stated: 89, computed: null, difference: null, status: 'not_computed' });
    for (const metric of ['npa_reviewed', 'npa_approved', 'npa_with_remarks']) {
      expect(row(metric)?.issue, metric).toBe('npa_approved 89 + npa_with_remarks 4 = 93 > npa_reviewed 89');
    }
    expect(row('appeals_received')).toMatchObject({ stated: 764, computed: null, status: 'not_computed' });
  }));
});
