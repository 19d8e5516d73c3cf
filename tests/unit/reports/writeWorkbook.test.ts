import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { writeWorkbook } from '../../../reports/excel/writeWorkbook.ts';
import { sheetModelFromSection } from '../../../reports/excel/sheetModelFromSection.ts';
import type { WorkbookModel } from '../../../reports/excel/WorkbookModel.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../../reports/sections/annual.ts';
import { KenesError } from '../../../sources/KenesError.ts';
import { CleaningLog } from '../../../reports/CleaningLog.ts';
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { FORMULA_TITLE, rowsByMart } from './reportFixtures.ts';

/** Strings spreadsheet programs treat as formulas when typed (the CSV-injection list). */
const FORMULA_LIKE = [FORMULA_TITLE, '+1+2', '-1+2', '@SUM(A1)', '\t=1+2', '\r=1+2', '=cmd|"/c calc"!A1'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-xlsx-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function annualModel(): WorkbookModel {
  const labels = getLabels('ru');
  const sheets = SECTIONS.map((s) => sheetModelFromSection(s, labels, rowsByMart[s.mart] ?? []));
  sheets.push({
    sectionId: 'hostile',
    name: "Bad: name/with*chars?[x]'quoted' and far too long for excel",
    title: 'Враждебные значения',
    columns: [
      { key: 'text', label: 'Текст', type: 'text' },
      { key: 'n', label: 'Число', type: 'int' },
    ],
    rows: [
      ...FORMULA_LIKE.map((text) => ({ text, n: 1 })),
      // exceljs would write these objects as a formula and a link; they must arrive as text.
      { text: { formula: 'HYPERLINK("http://x","y")', result: 'y' }, n: '=1+1' },
      { text: { text: 'y', hyperlink: 'http://x' }, n: null },
    ],
  });
  return { title: 'Годовой отчёт', period: '2025', lang: 'ru', sheets };
}

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function headerLabels(ws: ExcelJS.Worksheet): string[] {
  const values = ws.getRow(2).values as unknown[];
  return values.slice(1).map(String);
}

describe('writeWorkbook', () => {
  it('writes one sheet per section with translated headers, typed cells and print setup', async () => {
    const file = join(dir, 'annual-report-2025.xlsx');
    await writeWorkbook(file, annualModel());
    const wb = await readBack(file);

    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      ...SECTIONS.map((s) => getLabels('ru').sections[s.titleKey]),
      // forbidden characters replaced, apostrophes made typographic, cut to 31 characters
      'Bad name with chars x ’quoted’',
    ]);

    const summary = wb.getWorksheet('Сводные показатели')!;
    expect(String(summary.getCell('A1').value)).toContain('2025');
    expect(headerLabels(summary)).toEqual(['Показатель', 'Значение', 'Предыдущий период', 'Изменение', 'Изменение, %', 'Год назад', 'Изменение за год']);
    // Metric ids are shown as their names; figures stay numbers.
    expect(summary.getCell('A3').value).toBe('Заседания Общественного совета');
    expect(summary.getCell('B3').value).toBe(7);
    expect(summary.getCell('B3').type).toBe(ExcelJS.ValueType.Number);
    expect(summary.getCell('F4').value).toBeNull(); // missing year-ago value stays empty, not 0
    // …and says why: the period has no records (issue 14); a change from it is empty without a note
    expect(summary.getCell('F4').note).toBe(getLabels('ru').ui.noDataNote);
    expect(summary.getCell('C6').value).toBeNull();
    expect(summary.getCell('C6').note).toBe('нет данных: в реестрах нет записей за этот период (это не ноль)');
    expect(summary.getCell('G4').value).toBeNull();
    expect(summary.getCell('G4').note).toBeUndefined();
    // a figure that is there has no note, a 0 included
    expect(summary.getCell('C3').note).toBeUndefined();
    // The change comes from the mart (mart_metric_change), signed, as a number.
    expect(summary.getCell('D4').value).toBe(-4);
    expect(summary.getCell('E3').numFmt).toBe('0.0%');

    const meetings = wb.getWorksheet('Заседания и кворум')!;
    expect(headerLabels(meetings)[0]).toBe('Дата');
    const date = meetings.getCell('A3');
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString().slice(0, 10)).toBe('2025-12-28');
    expect(date.numFmt).toBe('dd.mm.yyyy');
    expect(meetings.getCell('B5').value).toBe('Комиссия № 1');
    expect(meetings.getCell('J3').value).toBe('Да');
    expect(meetings.getCell('J4').value).toBe('Нет');
    expect(meetings.getCell('G3').type).toBe(ExcelJS.ValueType.Number);

    const attendance = wb.getWorksheet('Посещаемость членов совета')!;
    const rate = attendance.getCell('J3');
    expect(rate.value).toBeCloseTo(0.9286);
    expect(rate.numFmt).toBe('0.0%');
    expect(attendance.getCell('A4').value).toBe('Ғазиз Қайсар Айдосұлы');

    for (const ws of wb.worksheets) {
      expect(ws.views[0]?.state).toBe('frozen');
      expect((ws.views[0] as { ySplit?: number }).ySplit).toBe(2);
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.printTitlesRow).toBe('2:2');
      expect(ws.getRow(2).getCell(1).font?.bold).toBe(true);
    }
    // Widths come from the content: the long title column is wider than the date column.
    expect(meetings.getColumn(5).width).toBeGreaterThan(meetings.getColumn(1).width!);
  });

  it('stores formula-like text and crafted objects as plain strings, never formulas', async () => {
    const file = join(dir, 'hostile.xlsx');
    await writeWorkbook(file, annualModel());
    const wb = await readBack(file);

    const hostile = wb.worksheets[wb.worksheets.length - 1];
    const texts = FORMULA_LIKE.map((_, i) => hostile.getCell(`A${3 + i}`));
    for (const [i, cell] of texts.entries()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML turns a stored CR into LF on reading; the text is otherwise untouched.
      expect(cell.value).toBe(FORMULA_LIKE[i].replace(/\r/g, '\n'));
    }
    const objectRow = 3 + FORMULA_LIKE.length;
    expect(hostile.getCell(`A${objectRow}`).type).toBe(ExcelJS.ValueType.String);
    expect(String(hostile.getCell(`A${objectRow}`).value)).toContain('HYPERLINK');
    expect(hostile.getCell(`B${objectRow}`).type).toBe(ExcelJS.ValueType.String); // '=1+1' in a number column
    expect(hostile.getCell(`A${objectRow + 1}`).type).toBe(ExcelJS.ValueType.String);

    // The fixture's malicious activity title, through the ordinary section path.
    const activities = wb.getWorksheet('Мероприятия')!;
    const title = activities.getCell('D4');
    expect(title.value).toBe(FORMULA_TITLE);
    expect(title.type).toBe(ExcelJS.ValueType.String);

    let formulas = 0;
    let links = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (cell.hyperlink || cell.type === ExcelJS.ValueType.Hyperlink) links++;
        }),
      );
    }
    expect(formulas).toBe(0);
    expect(links).toBe(0);
  });

  it('fails with report.writeFailed and leaves no temp file when the folder does not exist', async () => {
    const file = join(dir, 'no-such-folder', 'report.xlsx');
    const error = await writeWorkbook(file, annualModel()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KenesError);
    expect((error as KenesError).code).toBe('report.writeFailed');
    expect((error as KenesError).location.file).toBe(file);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an existing workbook in place', async () => {
    const file = join(dir, 'replace.xlsx');
    await writeWorkbook(file, annualModel());
    const model = annualModel();
    model.sheets = model.sheets.slice(0, 1);
    await writeWorkbook(file, model);
    expect((await readBack(file)).worksheets).toHaveLength(1);
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('draws group and highlighted rows, notes under the table, and pictures that read back', async () => {
    const file = join(dir, 'styled.xlsx');
    // A 1×1 PNG: the smallest valid picture.
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    await writeWorkbook(file, {
      title: 't', period: '2025', lang: 'ru',
      sheets: [
        {
          sectionId: 's', name: 'Лист', title: 'Лист',
          columns: [{ key: 'a', label: 'A', type: 'text' }, { key: 'n', label: 'N', type: 'int' }],
          rows: [{ a: 'Март 2025', n: 2 }, { a: 'x', n: 1 }, { a: 'y', n: 0 }],
          rowStyles: ['group', 'highlight', undefined],
          notes: ['Примечание'],
          images: [{ png, width: 100, height: 50 }, { png, width: 100, height: 50 }],
        },
        { sectionId: 't', name: 'Второй', title: 'Второй', columns: [{ key: 'a', label: 'A', type: 'text' }], rows: [{ a: 'z' }], images: [{ png, width: 10, height: 10 }] },
      ],
    });
    const wb = await readBack(file);
    const ws = wb.getWorksheet('Лист')!;
    expect(ws.getCell('A3').font?.bold).toBe(true);
    expect((ws.getCell('B3').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFEDEDED');
    expect((ws.getCell('A4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFCE4D6');
    // No band: no fill (the cell has a style only for its alignment).
    expect((ws.getCell('A5').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
    expect(ws.getCell('A7').value).toBe('Примечание');
    // the filter covers the table, not the notes
    expect(ws.autoFilter).toBe('A2:B5');
    expect(ws.getImages()).toHaveLength(2);
    // Under the table and its note, after an empty row (beside it, they made the printed table half size).
    expect(ws.getImages()[0].range.tl.nativeCol).toBe(0);
    expect(ws.getImages()[0].range.tl.nativeRow).toBe(8);
    expect(wb.getWorksheet('Второй')!.getImages()).toHaveLength(1);
    expect(wb.getImage(Number(ws.getImages()[0].imageId)).extension).toBe('png');
  });

  it('cleans every text on the way out, notes each changed cell, and records where (issue 11)', async () => {
    const file = join(dir, 'hostile-text.xlsx');
    const png = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    const log = new CleaningLog();
    await writeWorkbook(file, {
      title: 't', period: '2025', lang: 'en',
      sheets: [{
        sectionId: 's', name: 'Sheet\u0001', title: 'Title\u000b', columns: [{ key: 'a', label: 'A\uFFFF', type: 'text' }, { key: 'n', label: 'N', type: 'int' }],
        rows: [
          { a: 'Сериков\u000bАрман', n: 1 },
          { a: 'x'.repeat(40_000), n: 2 },
          { a: 'lone\uD800 \u202Eright to left', n: 3 },
          { a: '\u000b=HYPERLINK("http://x","y")', n: '\u0001' },
          { a: 'clean', n: 5 },
          // Readers decode _xHHHH_ in cell text: written escaped, it reads back as typed.
          { a: 'a_x0041_b _x000B_ _x12_', n: 6 },
        ],
        notes: ['note\u001f'],
        // Notes (comments) and pictures (drawings) on one streamed sheet: both must survive.
        images: [{ png, width: 10, height: 10 }],
      }],
    }, log);

    // No character XML 1.0 forbids reaches any part of the file.
    const zip = await JSZip.loadAsync(await readFile(file));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.vml'))) {
      expect(await zip.file(name)!.async('string'), name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }
    const ws = (await readBack(file)).getWorksheet('Sheet')!;
    expect(ws.getCell('A1').value).toBe('Title  — Period: 2025');
    expect(ws.getCell('A2').value).toBe('A');
    expect(ws.getCell('A3').value).toBe('Сериков Арман');
    expect(ws.getCell('A3').note).toBe('kenes changed the text of this cell to write it: control characters removed');
    const long = String(ws.getCell('A4').value);
    expect(long).toHaveLength(32_767);
    expect(long.endsWith('x…')).toBe(true);
    // Cut, and still longer than a printed row shows (issue 14): both said.
    expect(ws.getCell('A4').note).toBe('kenes changed the text of this cell to write it: text cut to 32,767 characters; Text longer than a printed row can show: cut on paper, whole in the cell');
    expect(ws.getCell('A5').value).toBe('lone \u202Eright to left\u202C');
    expect(ws.getCell('A5').note).toContain('broken characters (lone surrogates) removed; open direction marks closed');
    // A control character cannot hide a formula: the cell is text, as every text cell is.
    expect(ws.getCell('A6').value).toBe(' =HYPERLINK("http://x","y")');
    expect(ws.getCell('A6').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('B6').value).toBe('');
    expect(ws.getCell('A7').note).toBeUndefined();
    expect(ws.getCell('A8').value).toBe('a_x0041_b _x000B_ _x12_');
    expect(ws.getCell('A8').note).toBeUndefined();
    expect(ws.getCell('A10').value).toBe('note ');
    expect(ws.getImages()).toHaveLength(1);
    expect(log.entries.map((e) => e.where)).toEqual(['Sheet!A1', 'Sheet!A2', 'Sheet!A3', 'Sheet!A4', 'Sheet!A5', 'Sheet!A6', 'Sheet!B6', 'Sheet!A10']);
    expect(log.summaries()[0]).toMatch(/^hostile-text\.xlsx: 8 texts cleaned — control characters removed \(Sheet!A1, Sheet!A3, Sheet!A6, Sheet!B6, Sheet!A10\); non-characters/);
  });
});
