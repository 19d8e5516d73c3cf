/**
 * Dates read as Excel shows them, whatever wrote the workbook: the 1904 date
 * system (Excel for Mac; `<workbookPr date1904="1"/>`, serials 1,462 days
 * smaller), ISO dates stored as text cells (`t="d"`), and the parts of the
 * zip in any order — a sheet that came before the number formats or the
 * date system used to be read without them (a date became a number) or not
 * at all (exceljs failed on the missing sheet list), and the parts after a
 * sheet set aside in a temp file were dropped without a word.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

const DATES = [new Date(Date.UTC(2025, 2, 12)), new Date(Date.UTC(2024, 1, 29)), new Date(Date.UTC(1999, 11, 31)), new Date(Date.UTC(2025, 0, 1, 14, 30))];

/** A 1900-system workbook as Excel for Windows writes it: dates are serials with a date format. */
async function parts(): Promise<Map<string, Buffer>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Заседания');
  ws.addRow(['Дата', 'Тема']);
  for (const [i, date] of DATES.entries()) {
    const row = ws.addRow([date, `Отырыс ${i + 1}`]);
    row.getCell(1).numFmt = 'dd.mm.yyyy hh:mm';
  }
  wb.addWorksheet('Голосования').addRow(['Дауыс', 'Қабылданды']);
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}

async function zipOf(entries: [string, Buffer][], path: string): Promise<string> {
  const zip = new JSZip();
  for (const [name, bytes] of entries) zip.file(name, bytes);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

const expected = [{ row: 1, cells: ['Дата', 'Тема'] }, ...DATES.map((date, i) => ({ row: i + 2, cells: [date, `Отырыс ${i + 1}`] }))];

describe('readXlsx date systems', () => {
  it('reads a workbook in the 1904 date system as the same dates', async () => {
    const dir = await tempDir();
    const files = await parts();
    const book = files.get('xl/workbook.xml')!.toString('utf8');
    expect(book).toContain('<workbookPr ');
    files.set('xl/workbook.xml', Buffer.from(book.replace('<workbookPr ', '<workbookPr date1904="1" ')));
    let shifted = 0;
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString('utf8').replace(/(<c r="A\d+" s="\d+"><v>)([\d.]+)(<\/v>)/g, (_, a: string, v: string, b: string) => {
      shifted++;
      return `${a}${Number(v) - 1462}${b}`;
    });
    expect(shifted).toBe(DATES.length);
    files.set('xl/worksheets/sheet1.xml', Buffer.from(sheet));
    const [table] = await readXlsx(await zipOf([...files], join(dir, '1904.xlsx')));
    expect(table.sheet).toBe('Заседания');
    expect(table.rows).toEqual(expected);
  });

  it('reads the same rows whatever the order of the parts in the zip', async () => {
    const dir = await tempDir();
    const files = await parts();
    const names = [...files.keys()];
    let n = 0;
    const orders = [
      // Strings, rels and styles before the sheet, the workbook part last: exceljs used to fail here.
      ['xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'],
      // Strings and names before the sheet, the number formats after it: dates used to come back as numbers.
      ['xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml'],
    ].map((first) => [...first, ...names.filter((name) => !first.includes(name))]);
    // The sheets, then the strings, last: the zip reader used to stop before the parts that came after a sheet it had to set aside.
    const last = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml'];
    orders.push([...names.filter((name) => !last.includes(name)), ...last]);
    // Names, not bytes, are shuffled: a failing order is printed short.
    await fc.assert(fc.asyncProperty(fc.shuffledSubarray(names, { minLength: names.length }), async (order) => {
      const tables = await readXlsx(await zipOf(order.map((name) => [name, files.get(name)!]), join(dir, `order${n++}.xlsx`)));
      expect(tables.map((t) => t.sheet).sort()).toEqual(['Голосования', 'Заседания']);
      expect(tables.find((t) => t.sheet === 'Заседания')!.rows).toEqual(expected);
      expect(tables.find((t) => t.sheet === 'Голосования')!.rows).toEqual([{ row: 1, cells: ['Дауыс', 'Қабылданды'] }]);
    }), { numRuns: 40, examples: orders.map((o) => [o]) });
  });

  it('reads an ISO date stored as a date cell (t="d") as that date, not as its year', async () => {
    const dir = await tempDir();
    const files = await parts();
    const sheet = files.get('xl/worksheets/sheet1.xml')!.toString('utf8')
      .replace(/<c r="A2"[^>]*>.*?<\/c>/, '<c r="A2" t="d"><v>2025-03-12T00:00:00</v></c>')
      .replace(/<c r="A3"[^>]*>.*?<\/c>/, '<c r="A3" t="d"><v>2024-02-29</v></c>')
      .replace(/<c r="A4"[^>]*>.*?<\/c>/, '<c r="A4" t="d"><v>1999-12-31T06:00:00+06:00</v></c>')
      .replace(/<c r="A5"[^>]*>.*?<\/c>/, '<c r="A5" t="d"><v>не дата</v></c>');
    files.set('xl/worksheets/sheet1.xml', Buffer.from(sheet));
    const [table] = await readXlsx(await zipOf([...files], join(dir, 'iso.xlsx')));
    expect(table.sheet).toBe('Заседания');
    // A text that is no date stays the text, for the register's checks to refuse with its place.
    expect(table.rows.map((r) => r.cells[0])).toEqual(['Дата', DATES[0], DATES[1], DATES[2], 'не дата']);
  });
});
