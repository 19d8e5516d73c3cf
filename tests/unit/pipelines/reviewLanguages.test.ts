/**
 * The review workbook in the three languages a workspace writes in: sheets,
 * headers, dropdowns and instructions in the workspace's language, written
 * and read back with exceljs and kenes's reader; a filled review read
 * whatever language its headers and decision words are in, any case; and a
 * row copied so that one item has two decisions refused, naming both rows.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildProtocolReview, buildReportReview } from '../../../pipelines/review/buildReviewModel.ts';
import { readReviewSheet } from '../../../pipelines/review/readReviewSheet.ts';
import { parseDecision, parseDeclared, reviewSheets, type SheetSpec } from '../../../pipelines/review/reviewFormat.ts';
import { DECISION_WORDS_BY_LANG, REVIEW_LANGS } from '../../../pipelines/review/reviewLabels.ts';
import { writeReviewSheet } from '../../../pipelines/review/writeReviewSheet.ts';
import type { ProtocolExtract, ReportExtract } from '../../../sources/extract/types.ts';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();
const SHA = 'b'.repeat(64);

const report: ReportExtract = {
  kind: 'report', period: { from: '2024-01-01', to: '2024-12-31' }, media: [], activities: [], issues: [],
  figures: [{ metric: 'monitorings', value: 12, line: 2, text: '' }],
  candidates: [{ metric: 'round_tables', value: 7, line: 3, text: '', why: 'approximate' }],
};
const protocol: ProtocolExtract = {
  kind: 'protocol', number: '3', date: '2024-04-05', body: 'council', members_total: 12, present: 2, online: null,
  attendees: [{ name: 'Иванов И.И.', role: null, online: false, line: 2 }, { name: 'Петров П.П.', role: null, online: true, line: 3 }],
  absentees: [{ name: 'Ким В.П.', excused: true, reason: 'болезнь', line: 4 }],
  agenda: [], votes: [{ line: 5, for: 2, against: 0, abstain: 0, unanimous: false, declared: null, text: 'Голосовали', item: 1 }], issues: [],
};
const TEXT = 'Отчет за 2024 год\nПроведено 12 мониторингов.\nоколо 7 круглых столов\nКим В.П. — болезнь\nГолосовали: за 2\n';

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Fills a sheet's cells by column key (found by the spec's headers) and row number. */
function fill(workbook: ExcelJS.Workbook, spec: SheetSpec, cells: Record<number, Record<string, ExcelJS.CellValue>>): void {
  const ws = workbook.getWorksheet(spec.name)!;
  for (const [row, values] of Object.entries(cells)) {
    for (const [key, value] of Object.entries(values)) ws.getRow(Number(row)).getCell(spec.columns.findIndex((c) => c.key === key) + 1).value = value;
  }
}

describe('decision words', () => {
  it.each([
    ['қабылдау (accept)', 'accept'], ['ҚАБЫЛДАУ', 'accept'], ['Иә', 'accept'], ['Accept', 'accept'], ['ПРИНЯТЬ (ACCEPT)', 'accept'],
    ['түзету (correct)', 'correct'], ['Түзету', 'correct'], ['CORRECT', 'correct'], ['Исправить', 'correct'],
    ['қабылдамау (reject)', 'reject'], ['ҚАБЫЛДАМАУ', 'reject'], ['Reject', 'reject'], ['отклонить (REJECT)', 'reject'], ['Жоқ', 'reject'],
    ['қабылда', undefined], ['accept it', undefined],
  ])('%j → %s', (cell, want) => {
    expect(parseDecision(cell)).toBe(want);
  });

  it('reads every language\'s dropdown label, in any case and spacing', () => {
    const labels = Object.entries(DECISION_WORDS_BY_LANG).flatMap(([id, words]) => REVIEW_LANGS.map((lang) => [id, words[lang]] as const));
    fc.assert(fc.property(fc.constantFrom(...labels), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), fc.constantFrom(' ', '  ', '\u00a0', '\t'),
      ([id, label], upper, space) => {
        const typed = `${space}${[...label].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c)).join('').replace(/ /g, space)}${space}`;
        expect(parseDecision(typed)).toBe(id);
      }));
  });

  it('reads a declared result in Kazakh and English', () => {
    expect([parseDeclared('Қабылданды (adopted)'), parseDeclared('REJECTED'), parseDeclared('қабылданбады (rejected)')]).toEqual(['adopted', 'rejected', 'rejected']);
  });
});

describe('a review in the workspace\'s language', () => {
  it.each(REVIEW_LANGS)('%s: sheets, headers, dropdowns and instructions in it; filled with its words, it reads back', async (lang) => {
    const dir = await tempDir();
    const [figures, people, votes] = reviewSheets(lang);
    const path = join(dir, `${lang}.xlsx`);
    await writeReviewSheet(path, buildProtocolReview(protocol, { document: 'p.txt', sha256: SHA, text: TEXT }, null), { lang });
    const workbook = await open(path);
    expect(workbook.worksheets.filter((w) => w.state === 'visible').map((w) => w.name)).toEqual(
      ({ ru: ['Участники', 'Голосования', 'Инструкция'], kk: ['Қатысушылар', 'Дауыс беру', 'Нұсқаулық'], en: ['People', 'Votes', 'Instructions'] })[lang]);
    const headers = (workbook.getWorksheet(people.name)!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(people.columns.map((c) => c.header));
    expect(headers).toContain(({ ru: 'решение / decision', kk: 'шешім / decision', en: 'decision' })[lang]);
    const decisionCell = workbook.getWorksheet(people.name)!.getRow(2).getCell(people.columns.findIndex((c) => c.key === 'decision') + 1);
    expect(decisionCell.dataValidation.formulae).toEqual([`"${Object.values(DECISION_WORDS_BY_LANG).map((w) => w[lang]).join(',')}"`]);
    expect(String(workbook.getWorksheet(({ ru: 'Инструкция', kk: 'Нұсқаулық', en: 'Instructions' })[lang])!.getCell('A1').value))
      .toBe(({ ru: 'Как заполнить проверку kenes', kk: 'kenes тексеруін қалай толтыру керек', en: 'How to fill in a kenes review' })[lang]);
    // the kind of item in the language too
    expect(workbook.getWorksheet(people.name)!.getRow(4).getCell(1).value).toBe(({ ru: 'отсутствовал (absentee)', kk: 'қатыспады (absentee)', en: 'absentee' })[lang]);

    const words = (id: 'accept' | 'correct' | 'reject') => DECISION_WORDS_BY_LANG[id][lang];
    fill(workbook, people, { 2: { decision: words('reject') }, 3: { decision: words('correct'), corrected_status: 'online' }, 4: { decision: words('accept') } });
    fill(workbook, votes, { 2: { decision: words('correct'), corrected_declared: ({ ru: 'принято (adopted)', kk: 'қабылданды (adopted)', en: 'adopted' })[lang] } });
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'r.xlsx');
    expect(read.rejects).toEqual([]);
    expect(read.decisions.map((d) => [d.sheet, d.row, d.decision, d.cells.corrected_status ?? d.cells.corrected_declared ?? null])).toEqual([
      [people.name, 2, 'reject', null], [people.name, 3, 'correct', 'online'], [people.name, 4, 'accept', null],
      [votes.name, 2, 'correct', ({ ru: 'принято (adopted)', kk: 'қабылданды (adopted)', en: 'adopted' })[lang]],
    ]);
    expect(figures.name).toBe(({ ru: 'Показатели', kk: 'Көрсеткіштер', en: 'Figures' })[lang]);
  });

  it('a review written in one language is read with its headers retyped in another, any case, or one half of a two-language header', async () => {
    const path = join(await tempDir(), 'mixed.xlsx');
    await writeReviewSheet(path, buildReportReview(report, { document: 'r.txt', sha256: SHA, text: TEXT }), { lang: 'kk' });
    const workbook = await open(path);
    const [figures] = reviewSheets('kk');
    const ws = workbook.getWorksheet(figures.name)!;
    const col = (key: string) => figures.columns.findIndex((c) => c.key === key) + 1;
    ws.getRow(1).getCell(col('decision')).value = 'DECISION';
    ws.getRow(1).getCell(col('corrected')).value = 'Исправленное значение';
    ws.getRow(1).getCell(col('corrected_metric')).value = 'metric (corrected)';
    ws.getRow(1).getCell(col('note')).value = '  Комментарий  /  NOTE ';
    fill(workbook, figures, { 3: { decision: 'Түзету', corrected: 8, corrected_metric: 'dialog_platforms', note: 'тексерілді' } });
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'mixed.xlsx');
    expect(read.decisions.map((d) => [d.row, d.decision, d.cells, d.note, d.headers.decision])).toEqual([
      [3, 'correct', { corrected: 8, corrected_metric: 'dialog_platforms' }, 'тексерілді', 'DECISION'],
    ]);
  });

  it('an unknown decision is refused listing the labels of the sheet\'s language', async () => {
    const path = join(await tempDir(), 'kk.xlsx');
    await writeReviewSheet(path, buildReportReview(report, { document: 'r.txt', sha256: SHA, text: TEXT }), { lang: 'kk' });
    const workbook = await open(path);
    fill(workbook, reviewSheets('kk')[0], { 3: { decision: 'мүмкін' } });
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'kk.xlsx');
    expect(read.rejects.map((r) => [r.source_sheet, r.source_row, r.column_name, r.value, r.reason])).toEqual([[
      'Көрсеткіштер', 3, 'шешім / decision', 'мүмкін', 'not a decision: pick one of қабылдау (accept), түзету (correct), қабылдамау (reject)',
    ]]);
  });
});

describe('one decision per item', () => {
  it('a row copied (on the same sheet) decides its item once: the copy is refused, naming the row that stands', async () => {
    const path = join(await tempDir(), 'dup.xlsx');
    await writeReviewSheet(path, buildReportReview(report, { document: 'r.txt', sha256: SHA, text: TEXT }));
    const workbook = await open(path);
    const ws = workbook.getWorksheet('Показатели')!;
    const width = ws.getRow(1).cellCount;
    // the candidate's row pasted below, then both rows decided differently
    ws.getRow(4).values = (ws.getRow(3).values as ExcelJS.CellValue[]).slice(0, width + 1);
    const [figures] = reviewSheets('ru');
    fill(workbook, figures, { 3: { decision: 'accept' }, 4: { decision: 'reject' } });
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'dup.xlsx');
    expect(read.decisions.map((d) => [d.row, d.decision])).toEqual([[3, 'accept']]);
    expect(read.rejects.map((r) => [r.source_row, r.column_name, r.reason])).toEqual([
      [4, 'решение / decision', 'this item (line 3) is decided already on sheet Показатели, row 3: keep one decision per item'],
    ]);
  });
});

describe('a review of format version 1', () => {
  it('(Russian, without the metric, status and reason columns) still reads', async () => {
    const path = join(await tempDir(), 'v1.xlsx');
    await writeReviewSheet(path, buildProtocolReview(protocol, { document: 'p.txt', sha256: SHA, text: TEXT }, null));
    const workbook = await open(path);
    const people = reviewSheets('ru')[1];
    const ws = workbook.getWorksheet(people.name)!;
    for (const key of ['corrected_reason', 'corrected_status']) ws.spliceColumns(people.columns.findIndex((c) => c.key === key) + 1, 1);
    workbook.getWorksheet('kenes')!.getCell('B2').value = 1;
    const col = (header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    ws.getRow(3).getCell(col('решение / decision')).value = 'исправить (correct)';
    ws.getRow(3).getCell(col('member_id (исправлено / corrected)')).value = 'M07';
    await workbook.xlsx.writeFile(path);
    const read = readReviewSheet(await readXlsx(path), 'v1.xlsx');
    expect(read.marker.version).toBe(1);
    expect(read.decisions.map((d) => [d.row, d.decision, d.cells])).toEqual([[3, 'correct', { corrected: 'M07' }]]);
  });
});
