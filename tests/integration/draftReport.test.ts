/**
 * Figures are never withheld for a data error in some rows (issue 11, item 8). A council's
 * registers with one vote above those present and one attendance name that matches no member:
 * `kenes build` builds and counts the errors (exit 0), `--strict` stops (exit 2); `kenes report`
 * writes every output marked as a draft — the errors on the workbook's first sheet, a banner on
 * the dashboard and the text draft, the flag beside the quorum and the outcome they touch —
 * and `kenes report --strict` writes nothing; `kenes check` prints each row as a sentence.
 */
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { readDocumentText } from '../../sources/readers/readDocumentText.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';

const tempDir = useTempDir();

const capture = captureIO;

const MEMBERS = `member_id,full_name,commission,joined_on
M1,Сериков Арман Болатович,1,2022-05-20
M2,Тасова Алия Ерлановна,1,2022-05-20
M3,Иванова Ирина Игоревна,1,2022-05-20
`;
const MEETINGS = 'meeting_id,body,date,number\nC1,council,2025-03-14,3\nC2,council,2025-04-10,4\n';
// C1 item 1: 3 votes, only 2 recorded present (the third attendance row names no member).
const VOTES = 'meeting_id,item_no,for,against,abstain,declared\nC1,1,3,0,0,adopted\nC1,2,2,0,0,adopted\nC2,1,2,1,0,adopted\n';

/** A workspace whose registers sit in its inputs/, attendance as a workbook (a sheet named Лист1). */
async function councilWithErrors(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], capture())).toBe(0);
  const inputs = join(ws, 'inputs');
  await mkdir(inputs, { recursive: true });
  await writeFile(join(inputs, 'members.csv'), MEMBERS);
  await writeFile(join(inputs, 'meetings.csv'), MEETINGS);
  await writeFile(join(inputs, 'votes.csv'), VOTES);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Лист1');
  sheet.addRows([
    ['meeting_id', 'member', 'status'],
    ['C1', 'M1', 'present'],
    ['C1', 'M2', 'present'],
    ['C1', 'Петров П.П.', 'present'],
    ['C2', 'M1', 'present'],
    ['C2', 'M2', 'present'],
    ['C2', 'M3', 'present'],
  ]);
  await wb.xlsx.writeFile(join(inputs, 'attendance.xlsx'));
  const files = ['members.csv', 'meetings.csv', 'votes.csv', 'attendance.xlsx'].map((f) => join(inputs, f));
  const io = capture();
  expect(await runCli(['ingest', ...files, '-w', ws], io), io.stderr.join('\n')).toBe(0);
  return ws;
}

describe('a data error is flagged, not a reason to withhold every figure', () => {
  it('kenes build builds and counts the errors (exit 0); --strict stops (exit 2); kenes check prints sentences', async () => {
    const ws = await councilWithErrors();
    const build = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2025'], build), build.stderr.join('\n')).toBe(0);
    const out = build.stdout.join('\n');
    expect(out).toContain('FAIL attendance_member_resolved — error, 1 row');
    expect(out).toContain('FAIL votes_above_present — error, 1 row');
    // The two errors, and the warnings the same rows raise (C1 item 1 does not add up; M3 has no record at C1).
    expect(build.stdout.at(-1)).toBe('built; 2 data errors, 2 warnings — see kenes check');

    const strict = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2025', '--strict'], strict)).toBe(2);
    expect(strict.stderr.join('\n')).toContain('--strict: 2 data errors in 2 check(s): attendance_member_resolved, votes_above_present');

    const check = capture();
    expect(await runCli(['check', '-w', ws, '-p', '2025'], check)).toBe(2);
    const lines = check.stdout.join('\n');
    expect(lines).toMatch(/attendance\.xlsx:Лист1:row 4 — "Петров П\.П\." matches no member; the row is not counted/);
    expect(lines).toMatch(/votes\.csv:row 2 — meeting C1 item 1: 3 votes but only 2 present/);
    expect(lines).not.toContain('"problem"');
    expect(lines).not.toContain('null');

    const json = capture();
    expect(await runCli(['check', '-w', ws, '-p', '2025', '--json'], json)).toBe(2);
    const parsed = JSON.parse(json.stdout.join('\n')) as { errors: number; warnings: number; checks: { name: string; failures: number; sample: Record<string, unknown>[] }[] };
    expect([parsed.errors, parsed.warnings]).toEqual([2, 2]);
    const votes = parsed.checks.find((c) => c.name === 'votes_above_present')!;
    expect(votes.sample[0]).toMatchObject({ source_row: 2, problem: 'meeting C1 item 1: 3 votes but only 2 present' });
  });

  it('the quorum and the outcome an error touches carry the flag, from the rows the checks list', async () => {
    const ws = await councilWithErrors();
    expect(await runCli(['build', '-w', ws, '-p', '2025'], capture())).toBe(0);
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      const meetings = await queryRows(db, 'select meeting_id, present, quorum_met, data_issues from mart_meetings order by meeting_id');
      expect(meetings).toEqual([
        { meeting_id: 'C1', present: 2, quorum_met: true, data_issues: [{ issue: 'attendance_member_resolved', rows: 1 }] },
        { meeting_id: 'C2', present: 3, quorum_met: true, data_issues: null },
      ]);
      const votes = await queryRows(db, 'select meeting_id, item_no, outcome_by_rule, data_issues from mart_votes order by meeting_id, item_no');
      expect(votes).toEqual([
        // C1's attendance is incomplete, so both its outcomes are in doubt; item 1 also has more votes than present.
        { meeting_id: 'C1', item_no: 1, outcome_by_rule: 'adopted', data_issues: [{ issue: 'attendance_member_resolved', rows: 1 }, { issue: 'votes_above_present', rows: 1 }] },
        { meeting_id: 'C1', item_no: 2, outcome_by_rule: 'adopted', data_issues: [{ issue: 'attendance_member_resolved', rows: 1 }] },
        { meeting_id: 'C2', item_no: 1, outcome_by_rule: 'adopted', data_issues: null },
      ]);
      // One definition: each flagged issue is the rows its check lists, counted.
      const flagged = await queryRows(db, `select issue, count(*) as n from int_data_issues group by issue order by issue`);
      expect(flagged).toEqual([{ issue: 'attendance_member_resolved', n: 1 }, { issue: 'votes_above_present', n: 1 }]);
    } finally {
      db.close();
    }
  });

  it('the other errors that touch a meeting flag it too: an ambiguous name (with its candidates), attendance outside membership, a meeting or a vote given twice', async () => {
    const ws = join(await tempDir(), 'ws');
    expect(await runCli(['init', ws], capture())).toBe(0);
    const dir = join(ws, 'inputs');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'members.csv'), `${MEMBERS}M4,Иванова Ирина Игоревна,1,2022-05-20\nM5,Омаров Ерлан Серикович,1,2025-04-01\n`);
    await writeFile(join(dir, 'meetings.csv'), MEETINGS);
    await writeFile(join(dir, 'attendance.csv'), 'meeting_id,member,status\nC1,M1,present\nC1,иванова  ирина игоревна,present\nC1,M5,present\nC2,M1,present\n');
    await writeFile(join(dir, 'votes.csv'), 'meeting_id,item_no,for,against,abstain,declared\nC2,1,1,0,0,adopted\n');
    expect(await runCli(['ingest', ...['members.csv', 'meetings.csv', 'attendance.csv', 'votes.csv'].map((f) => join(dir, f)), '-w', ws], capture())).toBe(0);
    // A meeting and a vote given again in a second register of the same kind (a file refuses its own repeats).
    await writeFile(join(dir, 'more meetings.csv'), 'meeting_id,body,date\nC2,council,2025-04-11\n');
    // Not byte for byte the same as votes.csv: that would be a copy, which ingest does not load twice.
    await writeFile(join(dir, 'more votes.csv'), 'meeting_id,item_no,motion,for,against,abstain,declared\nC2,1,Повторно,1,0,0,adopted\n');
    expect(await runCli(['ingest', join(dir, 'more meetings.csv'), '-w', ws, '--register', 'meetings'], capture())).toBe(0);
    expect(await runCli(['ingest', join(dir, 'more votes.csv'), '-w', ws, '--register', 'votes'], capture())).toBe(0);
    const check = capture();
    expect(await runCli(['check', '-w', ws, '-p', '2025'], check)).toBe(2);
    const lines = check.stdout.join('\n');
    expect(lines).toContain('attendance.csv:row 3 — "иванова  ирина игоревна" matches several members; the row is not counted (candidates: M3 Иванова Ирина Игоревна; M4 Иванова Ирина Игоревна)');
    expect(lines).toContain('attendance.csv:row 4 — M5 recorded present at C1 on 2025-03-14 but was a member 2025-04-01 – …');
    expect(lines).toContain('more meetings.csv:row 2 — meeting_id C2 appears more than once; the first row is counted');
    // "The first" is by file name, then row: "more votes.csv" comes before "votes.csv".
    expect(lines).toMatch(/^ +inputs\/votes\.csv:row 2 — vote on meeting C2 item 1 appears more than once; the first row is counted$/m);
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      expect(await queryRows(db, 'select meeting_id, data_issues from mart_meetings order by meeting_id')).toEqual([
        { meeting_id: 'C1', data_issues: [{ issue: 'attendance_member_resolved', rows: 1 }, { issue: 'attendance_within_membership', rows: 1 }] },
        { meeting_id: 'C2', data_issues: [{ issue: 'meetings_unique', rows: 1 }] },
      ]);
      expect(await queryRows(db, 'select meeting_id, item_no, data_issues from mart_votes')).toEqual([
        { meeting_id: 'C2', item_no: 1, data_issues: [{ issue: 'meetings_unique', rows: 1 }, { issue: 'votes_unique', rows: 1 }] },
      ]);
    } finally {
      db.close();
    }
  });

  it('kenes report writes every output as a draft; --strict writes nothing', async () => {
    const ws = await councilWithErrors();
    const strictOut = join(ws, 'strict');
    const strict = capture();
    expect(await runCli(['report', '-w', ws, '-p', '2025', '--out', strictOut, '--strict'], strict)).toBe(2);
    expect(strict.stderr.join('\n')).toContain('--strict: 2 data errors');
    expect(await readdir(strictOut).catch(() => [])).toEqual([]);

    const out = join(ws, 'draft');
    const report = capture();
    expect(await runCli(['report', '-w', ws, '-p', '2025', '--out', out], report), report.stderr.join('\n')).toBe(0);
    expect(report.stdout.at(-1)).toBe('written as a draft: 2 data error(s) — see kenes check');

    // The workbook: the errors first, each with what is wrong, where and what to do; every title says draft.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'annual-report-2025.xlsx'));
    // First the cover (issue 14): a draft, with the open errors counted as the checks count them; then the errors.
    const cover = wb.worksheets[0];
    expect(cover.name).toBe('Титульный лист');
    expect(String(cover.getCell('A1').value)).toMatch(/^ЧЕРНОВИК — /);
    expect([cover.getCell('A6').value, cover.getCell('B6').value]).toEqual(['Статус', 'черновик — в данных есть открытые ошибки']);
    expect([cover.getCell('A7').value, cover.getCell('B7').value]).toEqual(['Открытые ошибки в данных', 2]);
    expect(wb.worksheets[1].name).toBe('Ошибки в данных');
    expect(wb.title).toMatch(/^ЧЕРНОВИК — /);
    const errors = wb.worksheets[1];
    expect(String(errors.getCell('A1').value)).toMatch(/^ЧЕРНОВИК — Черновик: открытые ошибки в данных/);
    const header = (errors.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['Что не так', 'Подробности', 'Файл', 'Лист', 'Строка (или строка текста)', 'Возможно, это', 'Что сделать', 'Проверка']);
    const rows = [3, 4].map((r) => (errors.getRow(r).values as unknown[]).slice(1));
    const attendance = rows.find((r) => r[7] === 'attendance_member_resolved')!;
    expect(attendance[0]).toBe('Имя в журнале посещаемости не совпадает ни с одним членом совета или совпадает с несколькими');
    expect(attendance[1]).toBe('"Петров П.П." matches no member; the row is not counted');
    expect(String(attendance[2])).toMatch(/attendance\.xlsx$/);
    expect(attendance.slice(3, 5)).toEqual(['Лист1', 4]);
    expect(String(attendance[6])).toMatch(/^Впишите ФИО полностью/);
    const vote = rows.find((r) => r[7] === 'votes_above_present')!;
    expect([String(vote[2]).endsWith('votes.csv'), vote[3], vote[4]]).toEqual([true, undefined, 2]);
    expect(wb.getWorksheet('Заседания и кворум')!.getCell('A1').value).toMatch(/^ЧЕРНОВИК — Заседания и кворум/);

    // The flags beside the figures: the quorum of C1 and the outcomes of its votes.
    const byHeader = (name: string) => {
      const sheet = wb.getWorksheet(name)!;
      const head = (sheet.getRow(2).values as unknown[]).map(String);
      return { sheet, col: (label: string) => head.indexOf(label) };
    };
    const meetings = byHeader('Заседания и кворум');
    const flag = meetings.col('Ошибки в данных');
    expect(flag).toBe(meetings.col('Кворум') + 1);
    expect(meetings.sheet.getRow(3).getCell(flag).value).toBe('посещаемость неполная — не распознано имён: 1');
    expect(meetings.sheet.getRow(4).getCell(flag).value).toBeNull();
    const votes = byHeader('Голосования');
    const voteFlag = votes.col('Ошибки в данных');
    expect(votes.sheet.getRow(3).getCell(voteFlag).value).toBe('посещаемость неполная — не распознано имён: 1; голосов больше, чем присутствовало');
    expect(votes.sheet.getRow(5).getCell(voteFlag).value).toBeNull();

    // The dashboard: the banner with the count, the figures touched and the errors.
    const html = await readFile(join(out, 'dashboard-2025.html'), 'utf8');
    const start = html.indexOf('<div class="draft-banner" id="draft-banner" role="alert">');
    expect(start).toBeGreaterThan(html.indexOf('<header>'));
    const banner = html.slice(start, html.indexOf('</header>'));
    expect(banner).toContain('Черновик: ошибок в данных — 2.');
    expect(banner).toContain('Заседание 14.03.2025 · Общественный совет № 3 (C1): кворум — посещаемость неполная — не распознано имён: 1');
    expect(banner).toContain('Заседание 14.03.2025 · Общественный совет № 3 (C1), вопрос 1: итог голосования — посещаемость неполная');
    expect(banner).toMatch(/attendance\.xlsx:Лист1:row 4 — &quot;Петров П\.П\.&quot; matches no member/);

    // The text draft, md and docx: the banner at the top.
    const md = await readFile(join(out, 'annual-report-2025.md'), 'utf8');
    expect(md.split('\n').slice(0, 3)).toEqual(['# ЧЕРНОВИК — Годовой отчёт — 2025', '', '**Черновик: ошибок в данных — 2. Цифры, которых они касаются, отмечены; исправьте реестры и сформируйте отчёт снова (kenes check — список с номерами строк).**']);
    expect(md).toContain('Заседание 14.03.2025 · Общественный совет № 3 (C1): кворум — посещаемость неполная — не распознано имён: 1');
    const docx = await readDocumentText(join(out, 'annual-report-2025.docx'));
    expect(docx).toContain('Черновик: ошибок в данных — 2.');
    expect(docx.indexOf('Черновик: ошибок в данных')).toBeLessThan(docx.indexOf('Общие сведения'));
  });

  it('a clean council: no draft sheet, no banner, no flag column', async () => {
    const ws = await councilWithErrors();
    // The name corrected to the member's id, and the third vote removed from item 1.
    await writeFile(join(ws, 'inputs', 'votes.csv'), VOTES.replace('C1,1,3,0,0', 'C1,1,2,0,0'));
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Лист1');
    sheet.addRows([['meeting_id', 'member', 'status'], ['C1', 'M1', 'present'], ['C1', 'M2', 'present'], ['C1', 'M3', 'present'], ['C2', 'M1', 'present'], ['C2', 'M2', 'present'], ['C2', 'M3', 'present']]);
    await wb.xlsx.writeFile(join(ws, 'inputs', 'attendance.xlsx'));
    expect(await runCli(['ingest', join(ws, 'inputs', 'votes.csv'), join(ws, 'inputs', 'attendance.xlsx'), '-w', ws], capture())).toBe(0);
    const build = capture();
    expect(await runCli(['build', '-w', ws, '-p', '2025', '--strict'], build)).toBe(0);
    expect(build.stdout.at(-1)).toMatch(/^built; 0 data errors, \d+ warnings? — see kenes check$|^built; all checks pass$/);
    const out = join(ws, 'clean');
    const report = capture();
    expect(await runCli(['report', '-w', ws, '-p', '2025', '--out', out, '--strict'], report)).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'annual-report-2025.xlsx'));
    expect(book.worksheets[1].name).not.toBe('Ошибки в данных');
    expect([book.worksheets[0].getCell('B6').value, book.worksheets[0].getCell('B7').value]).toEqual(['окончательный', 0]);
    expect(book.getWorksheet('Ошибки в данных')).toBeUndefined();
    expect((book.getWorksheet('Заседания и кворум')!.getRow(2).values as unknown[])).not.toContain('Ошибки в данных');
    expect(String(book.getWorksheet('Заседания и кворум')!.getCell('A1').value)).not.toContain('ЧЕРНОВИК');
    expect(await readFile(join(out, 'dashboard-2025.html'), 'utf8')).not.toContain('draft-banner"');
    expect(await readFile(join(out, 'annual-report-2025.md'), 'utf8')).not.toContain('Черновик');
  });
});
