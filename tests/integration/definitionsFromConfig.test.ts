/**
 * The definitions state the workspace's own rules (issue 13, item 3). A council whose config says
 * a simple-majority quorum, online not counted and 20/7 working-day deadlines gets a definitions
 * sheet (read back with exceljs), a dashboard and a draft that say exactly that — and figures
 * computed by the same rules: the quorum a member more than half, the online member not present,
 * the deadlines 20 and 7 working days.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();

const REGISTERS: Record<string, string> = {
  'members.csv': 'member_id,full_name,joined_on\nM1,Сериков Арман Болатович,2022-05-20\nM2,Тасова Алия Ерлановна,2022-05-20\nM3,Иванова Ирина Игоревна,2022-05-20\nM4,Омаров Ерлан Серикович,2022-05-20\n',
  'meetings.csv': 'meeting_id,body,date,number\nC1,council,2025-03-14,1\n',
  // Two in the room, one online, one absent: 3 of 4 present by the law's rule (2/3, online counting), 2 by this council's.
  'attendance.csv': 'meeting_id,member,status\nC1,M1,present\nC1,M2,present\nC1,M3,online\nC1,M4,absent\n',
  'appeals.csv': 'appeal_id,received_on,answered_on,status\nA1,2025-02-03,2025-03-03,answered\n',
  'letters.csv': 'letter_id,sent_on,addressee\nL1,2025-02-03,D01\n',
};

async function councilWith(rules: Record<string, unknown>, deadlines: Record<string, unknown>): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], captureIO())).toBe(0);
  const configFile = join(ws, 'kenes.config.json');
  const config = JSON.parse(await readFile(configFile, 'utf8')) as Record<string, unknown>;
  await writeFile(configFile, JSON.stringify({ ...config, rules, deadlines, lang: 'en' }, null, 2));
  await mkdir(join(ws, 'inputs'), { recursive: true });
  for (const [name, text] of Object.entries(REGISTERS)) await writeFile(join(ws, 'inputs', name), text);
  const io = captureIO();
  expect(await runCli(['ingest', '-w', ws], io), io.stderr.join('\n')).toBe(0);
  return ws;
}

async function definitionsSheet(ws: string, lang: 'ru' | 'en' = 'en'): Promise<Record<string, string>> {
  const labels = getLabels(lang);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(ws, 'out', 'annual-report-2025.xlsx'));
  const sheet = wb.getWorksheet(labels.sections.definitions)!;
  const byTerm: Record<string, string> = {};
  sheet.eachRow((row) => {
    const [term, definition] = [row.getCell(1).text, row.getCell(2).text];
    if (term && definition) byTerm[term] = definition;
  });
  return byTerm;
}

describe('definitions from the config', () => {
  it('a simple-majority quorum, online not counted, 20/7 working days: the sheet, dashboard and draft say so, the figures follow', async () => {
    const ws = await councilWith(
      { quorum_share: 0.5, quorum_more_than: true, online_counts_as_present: false },
      { appeal_working_days: 20, letter_working_days: 7 },
    );
    const io = captureIO();
    expect(await runCli(['report', '-w', ws, '-p', '2025'], io), io.stderr.join('\n')).toBe(0);
    const labels = getLabels('en');
    const sheet = await definitionsSheet(ws);
    expect(sheet[labels.columns.quorum_met]).toBe('A meeting is competent with more than half of all members present; online participants do not count as present.');
    expect(sheet[labels.sections.appeals]).toBe('Appeals: an answer is due within 20 working days on the Kazakhstan calendar, or up to two months from receipt when extended; the backlog by age: up to 4 weeks, 4–8 weeks, older.');
    expect(sheet[labels.sections.letters]).toBe('Letters to state bodies: an answer is due within 7 working days; overdue ones per body, oldest first.');
    // The rules the council left as the law's still name the law.
    expect(sheet[labels.columns.attendance_rate]).toMatch(/More than three unexcused absences a year is a risk of exclusion \(art\. 15\)\.$/);
    expect(sheet[labels.sections.votes]).toMatch(/when “for” exceeds half of those present;/);

    const dashboard = await readFile(join(ws, 'out', 'dashboard-2025.html'), 'utf8');
    expect(dashboard).toContain('<dd>A meeting is competent with more than half of all members present; online participants do not count as present.</dd>');
    const draft = await readFile(join(ws, 'out', 'annual-report-2025.md'), 'utf8');
    expect(draft).toContain('Letters to state bodies: an answer is due within 7 working days; overdue ones per body, oldest first.');

    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      // More than half of 4 is 3; online does not count, so 2 are present.
      expect(await queryRows(db, 'select members_total, present, quorum_required, quorum_met from mart_meetings')).toEqual([
        { members_total: 4, present: 2, quorum_required: 3, quorum_met: false },
      ]);
      // 3 February 2025, a Monday: 20 working days later is 3 March (no holiday between), 7 is 12 February.
      expect(await queryRows(db, `select strftime(due_on, '%Y-%m-%d') as due_on from fct_appeals`)).toEqual([{ due_on: '2025-03-03' }]);
      expect(await queryRows(db, `select strftime(due_on, '%Y-%m-%d') as due_on from fct_letters`)).toEqual([{ due_on: '2025-02-12' }]);
      // What the reports read: the config as the build wrote it, beside the law's.
      expect(await queryRows(db, 'select rule, value, law_value, as_in_law from mart_rules order by rule')).toEqual([
        { rule: 'absence_window_months', value: 12, law_value: 12, as_in_law: true },
        { rule: 'appeal_extension_months', value: 2, law_value: 2, as_in_law: true },
        { rule: 'appeal_working_days', value: 20, law_value: 15, as_in_law: false },
        { rule: 'letter_working_days', value: 7, law_value: 10, as_in_law: false },
        { rule: 'online_counts_as_present', value: 0, law_value: 1, as_in_law: false },
        { rule: 'quorum_more_than', value: 1, law_value: 0, as_in_law: false },
        { rule: 'quorum_share', value: 0.5, law_value: 2 / 3, as_in_law: false },
        { rule: 'unexcused_absence_warning', value: 3, law_value: 3, as_in_law: true },
        { rule: 'vote_majority_of_present', value: 0.5, law_value: 0.5, as_in_law: true },
      ]);
    } finally {
      db.close();
    }
  });

  it('the law’s rules (kenes init’s config): the Russian sheet says two thirds, online counting, 15 and 10 working days, with the articles', async () => {
    const ws = await councilWith({}, {});
    const configFile = join(ws, 'kenes.config.json');
    await writeFile(configFile, JSON.stringify({ ...JSON.parse(await readFile(configFile, 'utf8')), lang: 'ru' }));
    const io = captureIO();
    expect(await runCli(['report', '-w', ws, '-p', '2025'], io), io.stderr.join('\n')).toBe(0);
    const labels = getLabels('ru');
    const sheet = await definitionsSheet(ws, 'ru');
    expect(sheet[labels.columns.quorum_met]).toBe('Заседание правомочно, если присутствуют не менее двух третей от общего числа членов (Закон «Об общественных советах», ст. 13 п. 2); участники онлайн считаются присутствующими.');
    expect(sheet[labels.sections.letters]).toBe('Письма госорганам: ответ ожидается в течение 10 рабочих дней (Закон «Об общественном контроле», ст. 13); просроченные — по каждому органу, самые старые первыми.');
    expect(sheet[labels.sections.appeals]).toMatch(/^Обращения: срок ответа — 15 рабочих дней \(АППК, ст\. 76\) по календарю Казахстана, продлённый — не более двух месяцев/);
    const db = await openDatabase(join(ws, 'kenes.duckdb'));
    try {
      // Two thirds of 4 is 3 (2.67 up); online counts, so 3 are present.
      expect(await queryRows(db, 'select members_total, present, quorum_required, quorum_met from mart_meetings')).toEqual([
        { members_total: 4, present: 3, quorum_required: 3, quorum_met: true },
      ]);
    } finally {
      db.close();
    }
  });
});
