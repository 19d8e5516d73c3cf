/**
 * The review workbook's pieces that need no database: which votes are unclear,
 * how a person's decision cell is read (the dropdown's label, the English id,
 * a word typed by hand), and the workbook written and read back with the real
 * reader — the marker found whatever the file is called, a row whose hidden id
 * was edited refused with its place, a newer format refused, hostile text kept
 * as text.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProtocolReview, buildReportReview } from '../../../pipelines/review/buildReviewModel.ts';
import { readReviewSheet, reviewMarkerOf } from '../../../pipelines/review/readReviewSheet.ts';
import { FIGURES_SHEET, PEOPLE_SHEET, REVIEW_FORMAT_VERSION, parseDecision, parseDeclared } from '../../../pipelines/review/reviewFormat.ts';
import { unclearVotes } from '../../../pipelines/review/unclearVotes.ts';
import { writeReviewSheet } from '../../../pipelines/review/writeReviewSheet.ts';
import type { ProtocolExtract, ProtocolVote, ReportExtract } from '../../../sources/extract/types.ts';
import { KenesError } from '../../../sources/KenesError.ts';
import { cleanOutputText } from '../../../reports/cleanOutputText.ts';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();
const SHA = 'a'.repeat(64);

// (On the first question, as its section's heading tells: the vote has a row of the register to correct.)
const vote = (v: Partial<ProtocolVote>): ProtocolVote => ({
  line: 1, for: null, against: null, abstain: null, unanimous: false, declared: null, text: 'Голосовали', item: 1, ...v,
});
const protocol = (votes: ProtocolVote[], present: number | null = 9): ProtocolExtract => ({
  kind: 'protocol', number: '3', date: '2024-04-05', body: 'council', members_total: 12, present, online: null,
  attendees: [
    { name: 'Иванов И.И.', role: null, online: false, line: 2 },
    { name: 'Петров П.П.', role: null, online: true, line: 3 },
  ],
  absentees: [{ name: '@SUM(A1:A9)', excused: true, reason: 'болезнь', line: 4 }],
  agenda: [], votes, issues: [],
});

describe('unclear votes', () => {
  it.each([
    [vote({ for: 9, against: 0, abstain: 0, declared: 'adopted' }), null],
    [vote({ unanimous: true, declared: 'adopted' }), null],
    [vote({ for: 9, against: 0, abstain: 0 }), 'no result declared'],
    [vote({ declared: 'adopted' }), 'no count of votes for'],
    [vote({ for: 7, against: 0, abstain: 0, declared: 'adopted' }), 'for + against + abstain = 7, not the 9 present'],
    [vote({ for: 8, against: 1, abstain: 1, declared: 'adopted' }), '10 votes counted, more than the 9 present'],
    [vote({ for: 2, against: 6, abstain: 1, declared: 'adopted' }), 'declared adopted with 2 for, 6 against, 1 abstaining'],
    [vote({ for: 6, against: 2, abstain: 1, declared: 'rejected' }), 'declared rejected with 6 for, 2 against, 1 abstaining'],
  ])('%o → %s', (v, why) => {
    expect(unclearVotes(protocol([v])).map((u) => u.why)).toEqual(why === null ? [] : [why]);
  });

  it('without a stated number present, counts are not compared with it', () => {
    expect(unclearVotes(protocol([vote({ for: 3, against: 0, abstain: 0, declared: 'adopted' })], null))).toEqual([]);
  });

  it('carries the item_no its document row has: the vote\'s question, not its place among the votes', () => {
    const votes = [vote({ unanimous: true, declared: 'adopted', item: 0 }), vote({ for: 9, against: 0, abstain: 0, item: 3 })];
    expect(unclearVotes(protocol(votes)).map((u) => u.item_no)).toEqual([3]);
  });

  it('a vote whose question is not told has no row to correct: not listed (its reject says why)', () => {
    expect(unclearVotes(protocol([vote({ for: 9, against: 0, abstain: 0, item: undefined })]))).toEqual([]);
  });
});

describe('decision cells', () => {
  it.each([
    ['принять (accept)', 'accept'], ['accept', 'accept'], ['  Принять ', 'accept'], ['ИСПРАВИТЬ (CORRECT)', 'correct'],
    ['отклонить', 'reject'], ['reject', 'reject'], ['', null], ['   ', null], ['может быть', undefined], ['accepted?', undefined],
  ])('%j → %s', (cell, want) => {
    expect(parseDecision(cell)).toBe(want);
  });

  it('reads a declared result in its label or a word', () => {
    expect([parseDeclared('принято (adopted)'), parseDeclared('не принято'), parseDeclared('Қабылданбады'), parseDeclared('да')])
      .toEqual(['adopted', 'rejected', 'rejected', undefined]);
  });
});

describe('the workbook written and read back', () => {
  const report: ReportExtract = {
    kind: 'report', period: { from: '2024-01-01', to: '2024-12-31' }, media: [], activities: [], issues: [],
    figures: [{ metric: 'monitorings', value: 12, line: 2, text: '' }],
    candidates: [{ metric: 'round_tables', value: 7, line: 3, text: '', why: 'approximate' }],
  };
  const text = 'Отчет за 2024 год\nПроведено 12 мониторингов.\n=cmd|\' /C calc\'!A0 около 7 круглых столов _x0041_\n';

  it('is known by its marker under any name, and keeps hostile text as text', async () => {
    const path = join(await tempDir(), 'anything.xlsx');
    await writeReviewSheet(path, buildReportReview(report, { document: 'inputs/report.txt', sha256: SHA, text }));
    const tables = await readXlsx(path);
    expect(reviewMarkerOf(tables, 'anything.xlsx')).toEqual({
      version: REVIEW_FORMAT_VERSION, kind: 'report', document: 'inputs/report.txt', document_sha256: SHA, meeting_id: null, period_from: '2024-01-01', period_to: '2024-12-31',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(FIGURES_SHEET.name)!;
    const textCol = FIGURES_SHEET.columns.findIndex((c) => c.key === 'text') + 1;
    expect(sheet.getRow(3).getCell(textCol).type).toBe(ExcelJS.ValueType.String);
    // read back by kenes's own reader as written, the _x0041_ included
    const row3 = tables.find((t) => t.sheet === FIGURES_SHEET.name)!.rows.find((r) => r.row === 3)!;
    expect(row3.cells[textCol - 1]).toBe('=cmd|\' /C calc\'!A0 около 7 круглых столов _x0041_');
    expect(sheet.getRow(3).height).toBeGreaterThan(15);
    expect(sheet.getRow(2).getCell(FIGURES_SHEET.columns.findIndex((c) => c.key === 'decision') + 1).dataValidation?.type).toBe('list');
  });

  it('refuses a row whose hidden id was edited, naming sheet, row and column; reads the others', async () => {
    const path = join(await tempDir(), 'r.xlsx');
    await writeReviewSheet(path, buildProtocolReview(protocol([vote({ for: 1, against: 0, abstain: 0 })]), { document: 'p.txt', sha256: SHA, text }, null));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet(PEOPLE_SHEET.name)!;
    const col = (key: string) => PEOPLE_SHEET.columns.findIndex((c) => c.key === key) + 1;
    sheet.getRow(2).getCell(col('decision')).value = 'accept';
    sheet.getRow(2).getCell(col('id')).value = '{"kind":"attendee"}';
    sheet.getRow(4).getCell(col('decision')).value = 'отклонить (reject)';
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'r.xlsx');
    expect(read.rejects.map((r) => [r.source_sheet, r.source_row, r.column_name])).toEqual([[PEOPLE_SHEET.name, 2, 'kenes_id']]);
    expect(read.decisions.map((d) => [d.row, d.decision, d.item.kind, d.item.kind === 'absentee' && d.item.name])).toEqual([[4, 'reject', 'absentee', '@SUM(A1:A9)']]);
    expect(read.marker.meeting_id).toBe('council 2024-04-05 №3');
  });

  it('keys a decision to the name exactly as the document wrote it, whatever cleaning does to the cell people see', async () => {
    const path = join(await tempDir(), 'n.xlsx');
    const name = '\u202eИванов\u0007 И.И._x0041_';
    const extract = { ...protocol([]), attendees: [{ name, role: null, online: false, line: 2 }], absentees: [] };
    await writeReviewSheet(path, buildProtocolReview(extract, { document: 'p.txt', sha256: SHA, text: 'x' }, null));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet(PEOPLE_SHEET.name)!.getRow(2).getCell(PEOPLE_SHEET.columns.findIndex((c) => c.key === 'decision') + 1).value = 'reject';
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'n.xlsx');
    expect(read.decisions.map((d) => d.item.kind === 'attendee' && d.item.name)).toEqual([name]);
  });

  it('refuses a review of a newer format rather than misread it', async () => {
    const path = join(await tempDir(), 'r.xlsx');
    await writeReviewSheet(path, buildReportReview(report, { document: 'r.txt', sha256: SHA, text }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    workbook.getWorksheet('kenes')!.getCell('B2').value = REVIEW_FORMAT_VERSION + 1;
    await workbook.xlsx.writeFile(path);
    const tables = await readXlsx(path);
    let error: unknown;
    try {
      reviewMarkerOf(tables, 'r.xlsx');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KenesError);
    expect((error as KenesError).code).toBe('review.newerFormat');
  });

  it('is no review without its marker', async () => {
    const path = join(await tempDir(), 'members.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('kenes').addRow(['format', 'something else']);
    await workbook.xlsx.writeFile(path);
    expect(reviewMarkerOf(await readXlsx(path), 'members.xlsx')).toBeNull();
  });
});

/** Writes a review whose document identity, line text and why are `line`, reads it back, and checks each. */
async function roundTrip(line: string, path: string): Promise<void> {
  const extract: ReportExtract = {
    kind: 'report', period: null, media: [], activities: [], issues: [], figures: [],
    candidates: [{ metric: 'seminars', value: 2, line: 2, text: '', why: line }],
  };
  await writeReviewSheet(path, buildReportReview(extract, { document: line || 'd', sha256: SHA, text: `title\n${line.replace(/[\r\n]/g, ' ')}` }));
  const tables = await readXlsx(path);
  const row = tables.find((t) => t.sheet === FIGURES_SHEET.name)!.rows.find((r) => r.row === 2)!;
  const at = (key: string) => row.cells[FIGURES_SHEET.columns.findIndex((c) => c.key === key)];
  // XML stores a line break as LF (a CR read back is a LF), as in every workbook kenes writes.
  const expected = (text: string) => cleanOutputText(text).text.replace(/\r\n?/g, '\n');
  expect(at('text') ?? '').toBe(expected(line.replace(/[\r\n]/g, ' ')));
  expect(at('why') ?? '').toBe(expected(line));
  // the document's identity exactly, whatever cleaning does to the text people see
  expect(reviewMarkerOf(tables, 'p.xlsx')?.document).toBe(line || 'd');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const cell = workbook.getWorksheet(FIGURES_SHEET.name)!.getRow(2).getCell(FIGURES_SHEET.columns.findIndex((c) => c.key === 'text') + 1);
  expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Null]).toContain(cell.type);
}

describe('any line text', () => {
  // A formula's first character, Excel's escapes, control characters, lone surrogates, bidi marks: whatever a document holds.
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t=', '_x0041_', '_x000B_', '=cmd|\' /C calc\'!A0', '\u202e'), fc.string({ maxLength: 30 })).map(([a, b]) => a + b),
  );

  // Counterexamples fast-check found: a NUL or a CR in a path (cleaning removed it, the marker lost the
  // document), an escape-like `_x0041_` in the marker's exact column (read back as "A").
  it.each(['\u0000', '\r', '_x0041_', '\u202eevil.txt', 'a\u000bb'])('%j comes back exactly where it names the document', async (line) => {
    await roundTrip(line, join(await tempDir(), 'c.xlsx'));
  });

  it('comes back from the workbook as the text kenes wrote (cleaned for a workbook), always a text cell', async () => {
    const dir = await tempDir();
    let n = 0;
    await fc.assert(fc.asyncProperty(hostile, (line) => roundTrip(line, join(dir, `p${n++}.xlsx`))), { numRuns: 40 });
  }, 120_000);
});
