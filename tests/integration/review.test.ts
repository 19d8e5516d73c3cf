/**
 * The review step end to end, with real parts: a document is ingested, its
 * review workbook written, a person's edits made with exceljs (accept one
 * candidate, correct one, reject one, give an unresolved name its member,
 * correct an unclear vote), the review ingested, the models built — and what
 * was decided is in the raw tables, staging and the marts with provenance
 * "reviewed", what was rejected is not, re-ingesting changes no count, a
 * review of changed bytes is refused and a bad cell is a reject with its place.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildModels } from '../../pipelines/build/build.ts';
import { defaultConfig } from '../../workspace/config.ts';
import { queryRows, queryValue, type Db } from '../../workspace/db.ts';
import { ingestFiles, type IngestResult } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { FIGURES_SHEET, PEOPLE_SHEET, VOTES_SHEET, type SheetSpec } from '../../pipelines/review/reviewFormat.ts';
import { writeReviewSheet } from '../../pipelines/review/writeReviewSheet.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { reviewReport, withDbIn } from '../helpers/reviewFixtures.ts';
import { useTempDir } from '../helpers/tempDir.ts';

const tempDir = useTempDir();
// Several ingests and two builds per test, on a machine that may be shared.
const SLOW = 300_000;
const config = defaultConfig('Тестовый совет');
/** The reviewed rows are read from staging: built with the models they read, not the whole build (BuildOptions.only). */
const STATED_ONLY = { only: ['stg_stated_figures'] };
const PROTOCOL_ONLY = { only: ['stg_attendance', 'stg_votes'] };
const FIXTURES = new URL('../fixtures/extract/', import.meta.url).pathname;

const HOSTILE = '=HYPERLINK("http://evil.example","x") Проведено примерно 7 круглых столов.';
const REPORT = reviewReport(HOSTILE);

const withDb = withDbIn(tempDir);

const ingest = (db: Db, dir: string, files: string[]) => ingestFiles(db, files, { config, logger: silentLogger, baseDir: dir });

async function writeReviewOf(result: IngestResult, dir: string, name: string): Promise<string> {
  const model = result.documents[0]?.review;
  expect(model).toBeDefined();
  const path = join(dir, 'out', 'review', name);
  await writeReviewSheet(path, model!);
  return path;
}

type Cells = Record<string, unknown>;

/** A person's edits: for each row of a sheet (its cells by column key, `item` the row's hidden id), the cells to fill. */
async function edit(path: string, spec: SheetSpec, fill: (row: Cells) => Cells | undefined): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet(spec.name)!;
  const columns = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const key = spec.columns.find((c) => c.header === cell.value)?.key;
    if (key) columns.set(key, col);
  });
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cells: Cells = Object.fromEntries([...columns].map(([key, col]) => [key, row.getCell(col).value]));
    cells.item = JSON.parse(String(cells.id));
    for (const [key, value] of Object.entries(fill(cells) ?? {})) row.getCell(columns.get(key)!).value = value as ExcelJS.CellValue;
  });
  await workbook.xlsx.writeFile(path);
}

const counts = async (db: Db) => ({
  stated: await queryValue(db, 'select count(*)::int from raw_stated_figures'),
  attendance: await queryValue(db, 'select count(*)::int from raw_attendance'),
  votes: await queryValue(db, 'select count(*)::int from raw_votes'),
  decisions: await queryValue(db, 'select count(*)::int from review_decisions'),
  rejects: await queryValue(db, 'select count(*)::int from rejects'),
});

describe('reviewing a report', () => {
  it('accepted and corrected candidates load as stated figures with provenance reviewed; the rejected one does not; re-ingesting changes nothing', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, REPORT);
    const first = await ingest(db, dir, [report]);
    const path = await writeReviewOf(first, dir, 'report-2024.review.xlsx');
    // Only the sure figures were loaded by the document itself.
    expect(await queryRows(db, 'select metric, value from raw_stated_figures order by metric')).toEqual([
      { metric: 'appeals_received', value: 90 }, { metric: 'general_meetings', value: 6 }, { metric: 'letters_sent', value: 40 },
    ]);

    // The hostile line is text in the workbook, never a formula.
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path);
    const figures = written.getWorksheet(FIGURES_SHEET.name)!;
    const textColumn = FIGURES_SHEET.columns.findIndex((c) => c.key === 'text') + 1;
    const hostile = [...Array(figures.rowCount).keys()].map((i) => figures.getRow(i + 1).getCell(textColumn)).find((c) => String(c.value).startsWith('=HYPERLINK'));
    expect(hostile?.type).toBe(ExcelJS.ValueType.String);
    expect(hostile?.value).toBe(HOSTILE);
    expect(written.getWorksheet('kenes')?.state).toBe('veryHidden');

    await edit(path, FIGURES_SHEET, (row) => {
      const item = row.item as { kind: string; metric: string };
      if (item.kind !== 'candidate') return undefined;
      if (item.metric === 'monitorings') return { decision: 'принять (accept)', note: 'checked against the monitoring register' };
      if (item.metric === 'round_tables') return { decision: 'исправить (correct)', corrected: 8 };
      if (item.metric === 'letters_sent') return { decision: 'отклонить (reject)', note: 'part of the 40' };
      return undefined; // appeals_received 5: left for later
    });
    const review = await ingest(db, dir, [path]);
    expect(review.reviewed).toEqual([{ file: 'out/review/report-2024.review.xlsx', document: 'report-2024.txt', accepted: 1, corrected: 1, rejected: 1, refused: 0 }]);
    expect(review.rejects).toEqual([]);

    const loaded = await queryRows(db, `select metric, value, source, source_file, source_sheet, source_line from raw_stated_figures
      where source_file like '%review%' order by metric`);
    expect(loaded).toEqual([
      { metric: 'monitorings', value: 15, source: 'report-2024.txt', source_file: 'out/review/report-2024.review.xlsx', source_sheet: FIGURES_SHEET.name, source_line: 3 },
      { metric: 'round_tables', value: 8, source: 'report-2024.txt', source_file: 'out/review/report-2024.review.xlsx', source_sheet: FIGURES_SHEET.name, source_line: 4 },
    ]);
    expect(await queryRows(db, 'select item_kind, source_line, item_key, decision, value, note from review_decisions order by source_line')).toEqual([
      { item_kind: 'candidate', source_line: 3, item_key: 'monitorings', decision: 'accept', value: '15', note: 'checked against the monitoring register' },
      { item_kind: 'candidate', source_line: 4, item_key: 'round_tables', decision: 'correct', value: '8', note: null },
      { item_kind: 'candidate', source_line: 5, item_key: 'letters_sent', decision: 'reject', value: null, note: 'part of the 40' },
    ]);

    await buildModels(db, config, parsePeriod('2024'), { checks: false });
    expect(await queryRows(db, 'select metric, stated, provenance from mart_reconciliation order by metric, stated')).toEqual([
      { metric: 'appeals_received', stated: 90, provenance: 'document' },
      { metric: 'general_meetings', stated: 6, provenance: 'document' },
      { metric: 'letters_sent', stated: 40, provenance: 'document' },
      { metric: 'monitorings', stated: 15, provenance: 'reviewed' },
      { metric: 'round_tables', stated: 8, provenance: 'reviewed' },
    ]);

    // The same review again, and the review filled again under another name: never doubled.
    const before = await counts(db);
    await ingest(db, dir, [path]);
    expect(await counts(db)).toEqual(before);
    const copy = join(dir, 'inputs-reviewed.xlsx');
    await copyFile(path, copy);
    await edit(copy, FIGURES_SHEET, (row) => {
      const item = row.item as { kind: string; metric: string };
      return item.kind === 'candidate' && item.metric === 'appeals_received' ? { decision: 'reject' } : undefined;
    });
    await ingest(db, dir, [copy]);
    // Decisions are per item and kept with who took them: the copy's four decisions come after the first
    // review's three, supersede them on the same items, and each item counts once, as decided last.
    expect(await queryRows(db, `select source_file, count(*)::int as n from review_decisions group by all order by all`)).toEqual([
      { source_file: 'inputs-reviewed.xlsx', n: 4 }, { source_file: 'out/review/report-2024.review.xlsx', n: 3 },
    ]);
    await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
    expect(await queryRows(db, `select metric, value, source_file from stg_stated_figures where provenance = 'reviewed' order by metric`)).toEqual([
      { metric: 'monitorings', value: 15, source_file: 'inputs-reviewed.xlsx' },
      { metric: 'round_tables', value: 8, source_file: 'inputs-reviewed.xlsx' },
    ]);
    // The same bytes under a third name are a copy: skipped, and they take nothing away.
    await copyFile(copy, join(dir, 'third.xlsx'));
    const third = await ingest(db, dir, [join(dir, 'third.xlsx')]);
    expect(third.skipped.map((s) => s.file)).toEqual(['third.xlsx']);
    expect(await queryValue(db, 'select count(*)::int from review_decisions')).toBe(7);
    expect(await queryValue(db, `select count(*)::int from raw_stated_figures where source_file = 'inputs-reviewed.xlsx'`)).toBe(2);
  }), SLOW);

  it('a bad decision or a corrected value of the wrong kind is a reject naming file, sheet, row and column; the rest loads', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, REPORT);
    const path = await writeReviewOf(await ingest(db, dir, [report]), dir, 'r.review.xlsx');
    await edit(path, FIGURES_SHEET, (row) => {
      const item = row.item as { kind: string; metric: string };
      // the report's 90 appeals rejected, so its candidate 5 may take the metric
      if (item.kind === 'figure' && item.metric === 'appeals_received') return { decision: 'отклонить (reject)' };
      if (item.kind !== 'candidate') return undefined;
      if (item.metric === 'monitorings') return { decision: 'может быть' };
      if (item.metric === 'round_tables') return { decision: 'correct', corrected: 'восемь' };
      if (item.metric === 'letters_sent') return { decision: 'correct' };
      if (item.metric === 'appeals_received') return { decision: 'accept' };
      return undefined;
    });
    await ingest(db, dir, [path]);
    const rejects = await queryRows(db, `select source_file, source_sheet, source_row, column_name, value, reason from rejects order by source_row`);
    expect(rejects.map((r) => [r.source_file, r.source_sheet, r.column_name, r.value])).toEqual([
      ['out/review/r.review.xlsx', FIGURES_SHEET.name, 'решение / decision', 'может быть'],
      ['out/review/r.review.xlsx', FIGURES_SHEET.name, 'исправленное значение / corrected value', 'восемь'],
      ['out/review/r.review.xlsx', FIGURES_SHEET.name, 'решение / decision', 'correct'],
    ]);
    expect(rejects.every((r) => typeof r.source_row === 'number' && (r.source_row as number) > 1)).toBe(true);
    expect(rejects[2].reason).toMatch(/needs the corrected value/);
    expect(await queryRows(db, `select metric, value from raw_stated_figures where source_file = 'out/review/r.review.xlsx'`)).toEqual([
      { metric: 'appeals_received', value: 5 },
    ]);
  }), SLOW);

  it('a review of a document whose bytes changed since is refused, naming both, and the batch changes nothing', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, REPORT);
    const path = await writeReviewOf(await ingest(db, dir, [report]), dir, 'r.review.xlsx');
    await edit(path, FIGURES_SHEET, (row) => ((row.item as { kind: string }).kind === 'candidate' ? { decision: 'accept' } : undefined));
    await writeFile(report, REPORT.replace('около 15', 'около 16'));
    const before = await counts(db);
    const batches = await queryValue(db, 'select count(*)::int from batches');
    const error = await ingest(db, dir, [path, report]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(KenesError);
    expect((error as KenesError).code).toBe('review.documentChanged');
    expect((error as KenesError).location.file).toBe('out/review/r.review.xlsx');
    expect((error as KenesError).message).toContain('report-2024.txt');
    expect(await counts(db)).toEqual(before);
    expect(await queryValue(db, 'select count(*)::int from batches')).toBe(batches);
  }), SLOW);
});

describe('a review of an older version', () => {
  it('stops counting once its document is loaded again with other bytes, and the document says so', () => withDb(async (db, dir) => {
    const report = join(dir, 'report-2024.txt');
    await writeFile(report, REPORT);
    const path = await writeReviewOf(await ingest(db, dir, [report]), dir, 'r.review.xlsx');
    await edit(path, FIGURES_SHEET, (row) => {
      const item = row.item as { kind: string; metric: string };
      if (item.kind === 'candidate' && item.metric === 'monitorings') return { decision: 'accept' };
      if (item.kind === 'figure' && item.metric === 'general_meetings') return { decision: 'reject' };
      return undefined;
    });
    await ingest(db, dir, [path]);
    await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
    expect(await queryRows(db, 'select metric, value, provenance from stg_stated_figures order by metric')).toEqual([
      { metric: 'appeals_received', value: 90, provenance: 'document' },
      // general_meetings 6: rejected, so the document's own row is not counted
      { metric: 'letters_sent', value: 40, provenance: 'document' },
      { metric: 'monitorings', value: 15, provenance: 'reviewed' },
    ]);

    await writeFile(report, `${REPORT}\nПроведено 2 семинара.`);
    await ingest(db, dir, [report]);
    expect(await queryValue(db, `select message from document_issues where message like 'the review%'`))
      .toBe('the review out/review/r.review.xlsx was of other bytes of this document; its decisions no longer count — review it again');
    await buildModels(db, config, parsePeriod('2024'), STATED_ONLY);
    expect(await queryRows(db, 'select metric, provenance from stg_stated_figures order by metric')).toEqual([
      { metric: 'appeals_received', provenance: 'document' },
      { metric: 'general_meetings', provenance: 'document' },
      { metric: 'letters_sent', provenance: 'document' },
      { metric: 'seminars', provenance: 'document' },
    ]);
  }), SLOW);
});

describe('reviewing a protocol', () => {
  it('a name given its member, a rejected absentee and a corrected vote replace the document\'s rows, with provenance reviewed', () => withDb(async (db, dir) => {
    await writeFile(join(dir, 'members.csv'), 'member_id,full_name\nK01,Иванов Иван Иванович\nK03,Семенов Сидор Алибекович\n');
    const protocol = join(dir, 'protocol-3.txt');
    // The commission's protocol without the second question's last vote: its vote declared rejected against its counts is
    // then the question's own (the register keeps a question's last vote).
    await writeFile(protocol, (await readFile(join(FIXTURES, 'protocol-commission-ru.txt'), 'utf8')).replace(/\nАхметова Д\.Е\.:[^\n]*\n[^\n]*\n/u, '\n'));
    const first = await ingest(db, dir, [join(dir, 'members.csv'), protocol]);
    const path = await writeReviewOf(first, dir, 'protocol-3.review.xlsx');
    const model = first.documents[0].review!;
    expect(model.items.filter((i) => i.kind === 'vote').map((v) => v.kind === 'vote' && [v.item_no, v.why])).toEqual([[2, 'declared rejected with 3 for, 1 against, 1 abstaining']]);
    expect(model.items.find((i) => i.kind === 'attendee' && i.name === 'Иванов Иван Иванович')).toMatchObject({ member_id: 'K01', resolution: 'matched' });

    await edit(path, PEOPLE_SHEET, (row) => {
      const item = row.item as { name: string };
      if (item.name === 'Сидоров С.С.') return { decision: 'исправить (correct)', corrected: 'K03', note: 'registered under his passport name' };
      if (item.name === 'Орлов Д.А.') return { decision: 'отклонить (reject)', note: 'not a member of this commission' };
      if (item.name === 'Ким В.П.') return { decision: 'correct', corrected: 'K99' };
      if (item.name === 'Серикова Л.М.') return { decision: 'accept' }; // unmatched: accepting needs a member id
      return undefined;
    });
    await edit(path, VOTES_SHEET, () => ({ decision: 'исправить (correct)', corrected_for: 2, corrected_against: '2' }));
    const review = await ingest(db, dir, [path]);
    expect(review.reviewed).toEqual([{ file: 'out/review/protocol-3.review.xlsx', document: 'protocol-3.txt', accepted: 0, corrected: 2, rejected: 1, refused: 2 }]);
    expect((await queryRows(db, `select source_sheet, column_name, value from rejects where register = 'review' order by source_row`))).toEqual([
      { source_sheet: PEOPLE_SHEET.name, column_name: 'member_id (исправлено / corrected)', value: 'K99' },
      { source_sheet: PEOPLE_SHEET.name, column_name: 'member_id (исправлено / corrected)', value: null },
    ]);

    await buildModels(db, config, parsePeriod('2024'), PROTOCOL_ONLY);
    expect(await queryRows(db, `select member_ref, status, provenance, source_line from stg_attendance
      where source_line in (10, 16) or member_ref in ('K03', 'Сидоров С.С.', 'Орлов Д.А.') order by source_line, provenance`)).toEqual([
      { member_ref: 'K03', status: 'present', provenance: 'reviewed', source_line: 10 },
    ]);
    expect(await queryRows(db, `select item_no, votes_for, votes_against, votes_abstain, declared, provenance from stg_votes order by item_no`)).toEqual([
      { item_no: 1, votes_for: 5, votes_against: 0, votes_abstain: 0, declared: 'adopted', provenance: 'document' },
      { item_no: 2, votes_for: 2, votes_against: 2, votes_abstain: 1, declared: 'rejected', provenance: 'reviewed' },
    ]);

    // Re-ingesting the review and the document (same bytes) gives the same counts.
    const before = await counts(db);
    await ingest(db, dir, [protocol, path]);
    expect(await counts(db)).toEqual(before);
    await buildModels(db, config, parsePeriod('2024'), PROTOCOL_ONLY);
    expect(await queryValue(db, `select count(*)::int from stg_attendance where provenance = 'reviewed'`)).toBe(1);
    expect(await queryValue(db, `select count(*)::int from stg_votes`)).toBe(2);
  }), SLOW);
});
