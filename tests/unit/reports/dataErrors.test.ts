/**
 * The words a draft report uses for its data errors: every check of sql/checks has what is
 * wrong and what to do in ru, kk and en; every issue int_data_issues flags is a check that
 * lists exactly those rows and has a flag text; a row of a check always reads as a sentence,
 * also when the check's own sentence came out null (the `"problem": null` of issue 11).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCheckRow } from '../../../pipelines/build/describeCheckRow.ts';
import { SQL_DIR } from '../../../workspace/paths.ts';
import { errorsSheet } from '../../../reports/excel/errorsSheet.ts';
import { sheetModelFromSection } from '../../../reports/excel/sheetModelFromSection.ts';
import { formatDataIssues } from '../../../reports/i18n/formatDataIssues.ts';
import { getLabels, LANGS } from '../../../reports/i18n/getLabels.ts';
import { sectionById } from '../../../reports/sections/annual.ts';

const checkNames = async () => (await readdir(join(SQL_DIR, 'checks'))).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort();

describe('data error texts', () => {
  it.each(LANGS)('%s: every data check says what is wrong and what to do, and names no check that is gone', async (lang) => {
    const checks = getLabels(lang).checks as Record<string, { title: string; todo: string }>;
    const names = await checkNames();
    expect(Object.keys(checks).sort()).toEqual(names);
    for (const name of names) {
      expect(checks[name].title.length, name).toBeGreaterThan(10);
      expect(checks[name].todo.length, name).toBeGreaterThan(10);
    }
  });

  it('each issue of int_data_issues is one check, which lists exactly its rows, and has a flag in every language', async () => {
    const sql = await readFile(join(SQL_DIR, 'core', 'int_data_issues.sql'), 'utf8');
    // The issue is the first value of each branch of the union.
    const issues = [...sql.matchAll(/select\s+'(\w+)'(?: as issue)?,/g)].map((m) => m[1]);
    expect(issues).toEqual(['attendance_member_resolved', 'attendance_within_membership', 'meetings_unique', 'votes_above_present', 'votes_unique']);
    for (const issue of issues) {
      const check = await readFile(join(SQL_DIR, 'checks', `${issue}.sql`), 'utf8');
      expect(check.replace(/--.*$/gm, '').replace(/\s+/g, ' ').trim()).toBe(
        `select source_file, source_sheet, source_row, source_line, ${issue === 'attendance_member_resolved' ? 'name, ' : ''}problem, candidates from int_data_issues where issue = '${issue}'`,
      );
      for (const lang of LANGS) expect(Object.keys(getLabels(lang).dataIssues), lang).toContain(issue);
    }
  });

  it('a check row reads as a sentence with its place, and never as null', () => {
    const check = { name: 'attendance_member_resolved', description: 'Every attendance row names exactly one member.' };
    expect(describeCheckRow(check, { source_file: 'attendance.xlsx', source_sheet: 'Лист1', source_row: 14, source_line: null, problem: '"Иванов И.И." matches several members', candidates: 'M07 Иванова Ирина Игоревна; M12 Иванов Илья Ильич' })).toEqual({
      location: { file: 'attendance.xlsx', sheet: 'Лист1', row: 14, line: undefined },
      problem: '"Иванов И.И." matches several members',
      candidates: 'M07 Иванова Ирина Игоревна; M12 Иванов Илья Ильич',
    });
    // A protocol's row has a text line, not a register row; a null sentence falls back to what the check checks.
    expect(describeCheckRow(check, { source_file: 'protocol.docx', source_row: null, source_line: 31, problem: null })).toEqual({
      location: { file: 'protocol.docx', sheet: undefined, row: undefined, line: 31 }, problem: 'Every attendance row names exactly one member.', candidates: undefined,
    });
    expect(describeCheckRow({ name: 'votes_unique', description: '' }, {}).problem).toBe('votes_unique');
  });

  it('a figure reads its flags in the report language, an unknown issue by its name', () => {
    const issues = [{ issue: 'attendance_member_resolved', rows: 2 }, { issue: 'votes_above_present', rows: 1 }];
    expect(formatDataIssues(getLabels('ru'), issues)).toBe('посещаемость неполная — не распознано имён: 2; голосов больше, чем присутствовало');
    expect(formatDataIssues(getLabels('en'), issues)).toBe('attendance not complete: 2 name(s) unresolved; more votes than members present');
    expect(formatDataIssues(getLabels('kk'), [{ issue: 'attendance_member_resolved', rows: 1 }])).toBe('қатысу толық емес — танылмаған есімдер: 1');
    expect(formatDataIssues(getLabels('en'), [{ issue: 'a_new_check', rows: 3 }])).toBe('a_new_check: 3');
    expect(formatDataIssues(getLabels('en'), null)).toBeNull();
    expect(formatDataIssues(getLabels('en'), [])).toBeNull();
  });

  it('the flag column shows beside the quorum only when a meeting has one, and its row is highlighted', () => {
    const labels = getLabels('en');
    const meetings = sectionById('meetings');
    const row = { date: '2025-03-14', body: 'council', members_total: 3, present: 2, quorum_required: 2, quorum_met: true, meeting_id: 'C1', data_issues: null };
    const clean = sheetModelFromSection(meetings, labels, [row]);
    expect(clean.columns.map((c) => c.key)).not.toContain('data_issues');
    expect(clean.rowStyles).toBeUndefined();
    const flagged = sheetModelFromSection(meetings, labels, [{ ...row, data_issues: [{ issue: 'attendance_member_resolved', rows: 1 }] }, { ...row, meeting_id: 'C2' }]);
    const keys = flagged.columns.map((c) => c.key);
    expect(keys.indexOf('data_issues')).toBe(keys.indexOf('quorum_met') + 1);
    expect(flagged.rows.map((r) => r.data_issues)).toEqual(['attendance not complete: 1 name(s) unresolved', null]);
    expect(flagged.rowStyles).toEqual(['highlight', undefined]);
  });

  it('the errors sheet lists each error with its place, a document row by its line, and what is not listed', () => {
    const labels = getLabels('kk');
    const sheet = errorsSheet({
      errorCount: 3,
      banner: labels.draft.banner.replace('{n}', '3'),
      errors: [
        { check: 'votes_above_present', title: 't', details: 'meeting C1 item 1: 3 votes but only 2 present', file: 'protocol.txt', sheet: null, row: null, line: 12, candidates: null, todo: 'do' },
        { check: 'attendance_member_resolved', title: 't2', details: 'd', file: 'a.xlsx', sheet: 'Парақ1', row: 4, line: null, candidates: 'M1 X', todo: 'do2' },
      ],
      unlisted: 1,
      touched: ['Отырыс C1: кворум — …'],
    }, labels);
    expect(sheet.name).toBe('Деректердегі қателер');
    expect(sheet.rows.map((r) => [r.file, r.sheet, r.row, r.candidates])).toEqual([['protocol.txt', null, 12, null], ['a.xlsx', 'Парақ1', 4, 'M1 X']]);
    expect(sheet.notes).toEqual([
      'Жоба: деректердегі қателер саны — 3. Олар әсер ететін сандар белгіленген; тізілімдерді түзетіп, есепті қайта жасаңыз (kenes check — жол нөмірлерімен тізім).',
      labels.draft.sheetNote, '… тағы жолдар: 1 (толық тізім — kenes check)', labels.draft.touched, 'Отырыс C1: кворум — …',
    ]);
  });
});
