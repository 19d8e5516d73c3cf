/**
 * How kenes's workbooks print, read back from the file: the footer (council, period, page of
 * pages), the cover sheet in each language and state, Arial as the workbook font, and rows as
 * tall as their wrapped text — LibreOffice shows only the height the file gives (issue 14).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverModel, WorkbookModel } from '../../../reports/excel/WorkbookModel.ts';
import { countLines, heightForLines, usableWidth, widthUnitsFor } from '../../../reports/excel/measureText.ts';
import { footerText } from '../../../reports/excel/printSetup.ts';
import { writeWorkbook } from '../../../reports/excel/writeWorkbook.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-print-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const COVER: CoverModel = {
  council: 'Общественный совет г. Алматы', title: 'Общественный совет г. Алматы — 2025', period: '2025',
  dateFrom: '2025-01-01', dateTo: '2025-12-31', dataAsOf: '2026-01-15T09:30:00.000Z', lastBatch: 7, openErrors: 3, warnings: 12,
};
const LONG = 'Мониторинг качества оказания государственных услуг в центрах обслуживания населения Алатауского района, '
  + 'с выездом на место и опросом посетителей; рекомендации направлены в Управление цифровизации и районный акимат';

function model(extra: Partial<WorkbookModel> = {}): WorkbookModel {
  return {
    title: 'Отчёт', council: 'Совет & «Кеңес»', period: '2025', lang: 'ru',
    sheets: [{
      sectionId: 's', name: 'Мероприятия', title: 'Мероприятия',
      columns: [
        { key: 'date', label: 'Дата', type: 'date' },
        { key: 'title', label: 'Наименование мероприятия', type: 'text' },
        { key: 'n', label: 'Количество участников мероприятия', type: 'int' },
      ],
      rows: [{ date: '2025-03-14', title: LONG, n: 12 }, { date: '2025-03-15', title: 'Круглый стол', n: 3 }, { date: '2025-04-01', title: `${'Ә'.repeat(30)}\nвторая строка\nтретья`, n: 1 }],
      notes: [`Примечание: ${LONG} ${LONG}`],
    }],
    ...extra,
  };
}

async function write(name: string, m: WorkbookModel): Promise<{ wb: ExcelJS.Workbook; zip: JSZip }> {
  const file = join(dir, name);
  await writeWorkbook(file, m);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, zip: await JSZip.loadAsync(await readFile(file)) };
}

describe('the footer', () => {
  it('names the council left, the period in the middle and the page of pages right', () => {
    expect(footerText('Совет', '2025-Q3')).toBe('&LСовет&C2025-Q3&R&P / &N');
    expect(footerText(undefined, '2025')).toBe('&C2025&R&P / &N');
  });

  it('doubles an ampersand (a single one starts a footer code: "&B" would turn the rest bold)', () => {
    expect(footerText('Совет & Б', 'convocation:IV')).toBe('&LСовет && Б&Cconvocation:IV&R&P / &N');
  });

  it('keeps within Excel\'s 255 characters, cutting the council\'s name with "…", on one line', () => {
    const footer = footerText(`${'&'.repeat(150)}${'Ш'.repeat(300)}`, '2025');
    expect(footer.length).toBeLessThanOrEqual(255);
    expect(footer).toMatch(/^&L(&&)+…&C2025&R&P \/ &N$/);
    expect(footerText('Совет\nг. Алматы\u0001', '2025')).toBe('&LСовет г. Алматы&C2025&R&P / &N');
  });
});

describe('a printable workbook', () => {
  it('every sheet landscape, as wide as the page, its header repeated and the footer on each page', async () => {
    const { wb } = await write('print.xlsx', model());
    const ws = wb.getWorksheet('Мероприятия')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    expect(ws.headerFooter.oddFooter).toBe('&LСовет && «Кеңес»&C2025&R&P / &N');
  });

  it('writes in Arial, the font its rows are measured in, also as the workbook\'s default', async () => {
    const { zip } = await write('font.xlsx', model());
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const fonts = [...styles.matchAll(/<font>(.*?)<\/font>/g)].map((m) => m[1]);
    expect(fonts[0]).toContain('<sz val="10"/><name val="Arial"/>');
    for (const font of fonts) expect(font).toContain('<name val="Arial"/>');
    expect(styles).not.toContain('Calibri');
  });

  it('gives each row the height of its tallest wrapped text, the header and a long note too', async () => {
    const { wb } = await write('heights.xlsx', model());
    const ws = wb.getWorksheet('Мероприятия')!;
    const body = { size: 10 };
    const titleWidth = ws.getColumn(2).width!;
    expect(titleWidth).toBeLessThanOrEqual(40);
    const lines = countLines(LONG, usableWidth(titleWidth), body);
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(ws.getRow(3).height).toBe(heightForLines(lines, body));
    expect(ws.getCell('B3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getRow(4).height).toBe(heightForLines(1, body));
    // Line breaks of the text itself: three lines at least.
    expect(ws.getRow(5).height).toBeGreaterThanOrEqual(heightForLines(3, body));
    // The long header wraps over its narrow figures' column, in bold, and its row grows.
    expect(ws.getColumn(3).width).toBeLessThan(20);
    expect(ws.getRow(2).height).toBeGreaterThanOrEqual(heightForLines(2, body));
    // The note is merged across the table and wraps within it.
    expect(ws.getCell('A7').value).toMatch(/^Примечание/);
    expect(ws.getCell('C7').isMerged).toBe(true);
    expect(ws.getRow(7).height).toBeGreaterThanOrEqual(heightForLines(2, body));
    expect(ws.getCell('C1').isMerged).toBe(true);
  });

  it('never leaves a column at exceljs\'s default width, which Excel would draw narrower than measured', async () => {
    const { zip } = await write('widths.xlsx', model({
      sheets: [{ sectionId: 'w', name: 'W', title: 'W', columns: [{ key: 'a', label: 'Ab', type: 'text' }], rows: [{ a: '1234567' }] }],
    }));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<col min="1" max="1" width="(?!9")[\d.]+" customWidth="1"\/>/);
  });
});

describe('column widths', () => {
  it('a large percentage gets a column wide enough for it, not Excel\'s ####', async () => {
    const { wb } = await write('percent.xlsx', model({
      sheets: [{ sectionId: 'p', name: 'P', title: 'P', columns: [{ key: 'a', label: '%', type: 'percent' }, { key: 'b', label: '%', type: 'percent' }], rows: [{ a: 77, b: 0.455 }] }],
    }));
    const ws = wb.getWorksheet('P')!;
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(widthUnitsFor('7700.0%', { size: 10 }));
    expect(ws.getColumn(1).width).toBeGreaterThan(ws.getColumn(2).width!);
  });
});

describe('a text longer than the tallest row', () => {
  const paragraph = 'Рекомендовано управлению пассажирского транспорта пересмотреть маршруты в микрорайонах. '.repeat(22);

  it('widens its column until it fits in 409 points, and prints whole', async () => {
    const { wb } = await write('tall.xlsx', model({
      sheets: [{ sectionId: 't', name: 'T', title: 'T', columns: [{ key: 'a', label: 'Рекомендации', type: 'text' }], rows: [{ a: paragraph }, { a: 'короткая' }] }],
    }));
    const ws = wb.getWorksheet('T')!;
    const width = ws.getColumn(1).width!;
    expect(countLines(paragraph, usableWidth(40), { size: 10 })).toBeGreaterThan(31);
    expect(width).toBeGreaterThan(40);
    expect(countLines(paragraph, usableWidth(width), { size: 10 })).toBeLessThanOrEqual(31);
    expect(ws.getRow(3).height).toBeLessThanOrEqual(409);
    expect(ws.getCell('A3').note).toBeUndefined();
  });

  it('past what a 120-wide column holds, keeps the text whole in the cell and notes that the page shows part of it', async () => {
    const labels = getLabels('ru');
    const { wb } = await write('too-tall.xlsx', model({
      sheets: [{ sectionId: 't', name: 'T', title: 'T', columns: [{ key: 'a', label: 'Рекомендации', type: 'text' }], rows: [{ a: paragraph.repeat(8) }] }],
    }));
    const ws = wb.getWorksheet('T')!;
    expect(ws.getColumn(1).width).toBe(120);
    expect(ws.getRow(3).height).toBe(409);
    expect(ws.getCell('A3').value).toBe(paragraph.repeat(8));
    expect(ws.getCell('A3').note).toBe(labels.print.tooTall);
  });
});

describe('the cover sheet', () => {
  function coverLines(ws: ExcelJS.Worksheet): Map<string, unknown[]> {
    const lines = new Map<string, unknown[]>();
    ws.eachRow((row, r) => { if (r > 1) lines.set(String(row.getCell(1).value), [row.getCell(2).value, row.getCell(3).value]); });
    return lines;
  }

  it('comes first, and says draft while data errors are open', async () => {
    const labels = getLabels('ru');
    const { wb } = await write('cover-draft.xlsx', model({ cover: COVER, draft: 'ЧЕРНОВИК' }));
    expect(wb.worksheets.map((s) => s.name)).toEqual([labels.cover.sheetName, 'Мероприятия']);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A1').value).toBe('ЧЕРНОВИК — Общественный совет г. Алматы — 2025');
    const lines = coverLines(ws);
    expect(lines.get(labels.cover.council)).toEqual(['Общественный совет г. Алматы', null]);
    expect(lines.get(labels.cover.period)).toEqual(['2025', '01.01.2025 – 31.12.2025']);
    const [asOf, batch] = lines.get(labels.cover.dataAsOf)!;
    expect((asOf as Date).toISOString()).toBe('2026-01-15T09:30:00.000Z');
    expect(batch).toBe('последняя загрузка реестров № 7');
    expect(lines.get(labels.cover.status)).toEqual([labels.cover.draft, null]);
    expect(lines.get(labels.cover.openErrors)).toEqual([3, labels.cover.checkHint]);
    expect(lines.get(labels.cover.warnings)).toEqual([12, null]);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    expect(ws.headerFooter.oddFooter).toBe('&LСовет && «Кеңес»&C2025&R&P / &N');
  });

  it('final with no open error; Kazakh labels; no data loaded said so, not a date', async () => {
    const labels = getLabels('kk');
    const { wb } = await write('cover-kk.xlsx', model({ lang: 'kk', cover: { ...COVER, openErrors: 0, dataAsOf: null, lastBatch: null } }));
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('Титул парағы');
    const lines = coverLines(ws);
    expect(lines.get(labels.cover.status)).toEqual(['түпкілікті', null]);
    expect(lines.get(labels.cover.dataAsOf)).toEqual([labels.cover.noData, null]);
    expect(lines.get(labels.cover.openErrors)).toEqual([0, null]);
  });

  it('English dates as ISO, a period that is not a year', async () => {
    const labels = getLabels('en');
    const { wb } = await write('cover-en.xlsx', model({ lang: 'en', cover: { ...COVER, period: 'convocation:IV', dateFrom: '2022-05-20', dateTo: '2025-05-19', openErrors: 0 } }));
    const ws = wb.worksheets[0];
    const lines = coverLines(ws);
    expect(lines.get(labels.cover.period)).toEqual(['convocation:IV', '2022-05-20 – 2025-05-19']);
    expect(ws.getCell('B5').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('a council\'s name longer than a line wraps in a taller row', async () => {
    const name = `Общественный совет ${'очень длинного названия '.repeat(8)}`;
    const { wb } = await write('cover-long.xlsx', model({ cover: { ...COVER, council: name } }));
    const ws = wb.worksheets[0];
    expect(ws.getCell('B3').value).toBe(name);
    expect(ws.getRow(3).height).toBeGreaterThanOrEqual(heightForLines(3, { size: 10 }));
  });
});
