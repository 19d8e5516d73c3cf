/**
 * A workbook whose zip is sound but whose XML is not is refused, not read in
 * part: a sheet or the shared strings cut off anywhere (the rows before the
 * break used to load, with exit 0), and text in an encoding other than UTF-8
 * (a U+FFFD in a cell that the file's bytes do not hold).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

async function workbook(): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Обращения');
  ws.addRow(['№', 'Суть обращения', 'Статус']);
  for (let i = 1; i <= 40; i++) ws.addRow([i, `Жалоба ${i}: жол жөндеу, Қоғамдық кеңес 😀`, i % 2 ? 'отвечено' : 'в работе']);
  return JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function withPart(zip: JSZip, part: string, bytes: Buffer, path: string): Promise<string> {
  zip.file(part, bytes);
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

describe('readXlsx refuses damaged XML', () => {
  it('refuses a sheet cut off anywhere, naming the file and the sheet', async () => {
    const dir = await tempDir();
    const zip = await workbook();
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('nodebuffer');
    let n = 0;
    // The cut points always include one inside a row, one between rows and one just before the last closing tag.
    const fixed = [sheet.indexOf('<row r="20"') + 25, sheet.indexOf('<row r="20"'), sheet.length - 1, sheet.lastIndexOf('</sheetData>') + 12];
    await fc.assert(fc.asyncProperty(fc.oneof(fc.constantFrom(...fixed), fc.integer({ min: 1, max: sheet.length - 1 })), async (end) => {
      const path = await withPart(zip, 'xl/worksheets/sheet1.xml', sheet.subarray(0, end), join(dir, `cut${n++}.xlsx`));
      const error = await readXlsx(path).then(() => null, (e: unknown) => e);
      expect(error).toMatchObject({ code: 'read.badXlsx', exitCode: 2, location: { file: path.slice(dir.length + 1), sheet: 'Обращения' } });
      expect(String(error)).toMatch(/^cut\d+\.xlsx:Обращения — not a readable \.xlsx workbook: the sheet's XML is damaged or cut off part-way \(.+\)\. Hint: /);
    }), { numRuns: 25, examples: fixed.map((end) => [end]) });
  });

  it('refuses shared strings cut off part-way', async () => {
    const dir = await tempDir();
    const zip = await workbook();
    const strings = await zip.file('xl/sharedStrings.xml')!.async('nodebuffer');
    for (const end of [strings.indexOf('Жалоба 30'), strings.length - 3]) {
      const path = await withPart(zip, 'xl/sharedStrings.xml', strings.subarray(0, end), join(dir, `strings-${end}.xlsx`));
      await expect(readXlsx(path)).rejects.toMatchObject({ code: 'read.badXlsx', message: expect.stringMatching(/unclosed tag|unexpected end/) });
    }
  });

  it('refuses the workbook part cut off part-way', async () => {
    const dir = await tempDir();
    const zip = await workbook();
    const book = await zip.file('xl/workbook.xml')!.async('nodebuffer');
    const path = await withPart(zip, 'xl/workbook.xml', book.subarray(0, book.indexOf('</sheets>')), join(dir, 'book.xlsx'));
    await expect(readXlsx(path)).rejects.toMatchObject({ code: 'read.badXlsx' });
  });

  it('refuses text that is not UTF-8 (a U+FFFD the file does not hold), naming the cell', async () => {
    const dir = await tempDir();
    const zip = await workbook();
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    // One string saved in Windows-1251 by a tool that declared nothing: its bytes are not UTF-8.
    const at = strings.indexOf('Жалоба 7:');
    const bytes = Buffer.concat([Buffer.from(strings.slice(0, at)), iconv.encode('Жалоба 7:', 'win1251'), Buffer.from(strings.slice(at + 'Жалоба 7:'.length))]);
    const path = await withPart(zip, 'xl/sharedStrings.xml', bytes, join(dir, 'cp1251.xlsx'));
    await expect(readXlsx(path)).rejects.toMatchObject({
      code: 'read.decodeLost', exitCode: 2,
      location: { file: 'cp1251.xlsx', sheet: 'Обращения', row: 8, column: 'B' },
      message: expect.stringContaining('(6 in the cells, 0 in the file)'),
    });
  });
});
