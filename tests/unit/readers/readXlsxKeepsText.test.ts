/**
 * Every character of a workbook comes back from readXlsx as it was written:
 * thousands of rows of long Russian, Kazakh, emoji and astral text, in shared
 * strings and in inline strings (plain and rich), with the zip stored or
 * compressed at several levels, so the boundaries of the chunks exceljs
 * inflates fall everywhere in the text. Before exceljs was patched, a
 * 3,000-row workbook of such titles came back with rows changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { hardText, seededRandom, xmlText } from '../../helpers/hardText.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

const ROWS = 3000;

/** Row r (2..ROWS+1): a short title, a long text (shared strings) and a text that becomes an inline string. */
function model(): string[][] {
  const random = seededRandom(11);
  return Array.from({ length: ROWS }, (_, i) => [
    `A${i + 1} ${hardText(random, 5 + (i % 23))}`,
    hardText(random, 200 + Math.floor(random() * 1200)),
    hardText(random, 20 + Math.floor(random() * 300)),
  ]);
}

/** An inline string: rich runs cut at code points for every third row, plain otherwise. */
function inlineString(ref: string, text: string, row: number): string {
  if (row % 3 !== 0) return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
  const chars = Array.from(text);
  const cut = Math.floor(chars.length / 2);
  const runs = [chars.slice(0, cut).join(''), chars.slice(cut).join('')].filter((r) => r !== '');
  return `<c r="${ref}" t="inlineStr"><is>${runs.map((r, k) => `<r>${k ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${xmlText(r)}</t></r>`).join('')}</is></c>`;
}

async function writeWorkbook(rows: string[][]): Promise<JSZip> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Мероприятия');
  ws.addRow(['Название', 'Описание', 'Примечание']);
  for (const row of rows) ws.addRow(row);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  // exceljs writes every string as a shared string; column C becomes inline strings, as other tools write them.
  const zip = await JSZip.loadAsync(buffer);
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  let inline = 0;
  const edited = sheet.replace(/<c r="(C(\d+))"[^>]*?t="s"[^>]*><v>\d+<\/v><\/c>/g, (_, ref: string, n: string) => {
    const row = Number(n);
    if (row === 1) return `<c r="${ref}" t="inlineStr"><is><t>Примечание</t></is></c>`;
    inline++;
    return inlineString(ref, rows[row - 2][2], row);
  });
  expect(inline).toBe(ROWS);
  // As bytes: JSZip cuts a string into 16K-unit slices and encodes each alone, splitting surrogate pairs.
  zip.file('xl/worksheets/sheet1.xml', Buffer.from(edited, 'utf8'));
  return zip;
}

describe('readXlsx keeps every character', () => {
  it('reads back 3,000 rows of ru/kk/emoji/astral text byte for byte, shared and inline strings, however the zip is chunked', async () => {
    const dir = await tempDir();
    const rows = model();
    const zip = await writeWorkbook(rows);
    const want = [['Название', 'Описание', 'Примечание'], ...rows];
    const options = [
      { compression: 'STORE' as const },
      { compression: 'DEFLATE' as const, compressionOptions: { level: 1 } },
      { compression: 'DEFLATE' as const, compressionOptions: { level: 9 } },
    ];
    for (const [k, option] of options.entries()) {
      const path = join(dir, `events-${k}.xlsx`);
      await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', ...option }));
      const [table] = await readXlsx(path);
      expect(table.rows.map((r) => r.row)).toEqual(Array.from({ length: ROWS + 1 }, (_, i) => i + 1));
      // Compared as one list first: a difference names the row without printing three thousand.
      const changed = table.rows.filter((r, i) => JSON.stringify(r.cells) !== JSON.stringify(want[i])).map((r) => r.row);
      expect(changed).toEqual([]);
      // And byte for byte (Buffer.equals: toEqual would walk six million bytes one by one).
      expect(Buffer.from(JSON.stringify(table.rows.map((r) => r.cells))).equals(Buffer.from(JSON.stringify(want)))).toBe(true);
    }
  });

  it('reads back what both exceljs writers wrote, the streaming one (kenes\'s outputs) and the in-memory one', async () => {
    const dir = await tempDir();
    const rows = model().slice(0, 1500);
    const streamed = join(dir, 'streamed.xlsx');
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: streamed, useSharedStrings: true, useStyles: true });
    const ws = writer.addWorksheet('Лист');
    for (const row of rows) ws.addRow(row).commit();
    await writer.commit();
    const inMemory = join(dir, 'in-memory.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Лист').addRows(rows);
    // Before exceljs was patched, this writer handed JSZip a string, which JSZip cut between the halves of a surrogate pair.
    await wb.xlsx.writeFile(inMemory);
    for (const path of [streamed, inMemory]) {
      const [table] = await readXlsx(path);
      expect(table.rows.map((r) => r.cells).filter((cells, i) => JSON.stringify(cells) !== JSON.stringify(rows[i]))).toEqual([]);
      expect(table.rows.length).toBe(rows.length);
    }
  });

  it('reads entities, indentation, phonetic runs and a U+FFFD someone wrote as the text they stand for', async () => {
    const dir = await tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['заголовок']);
    ws.addRow(['x', 'y', 'z', 'w', 'v']);
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<row r="2".*?<\/row>/, [
      '<row r="2">',
      // Literal markup and an escaped ampersand must stay literal: one decoding only.
      '<c r="A2" t="inlineStr"><is><t>&amp;lt;b&amp;gt; AT&amp;amp;T &lt;i&gt;</t></is></c>',
      // A formula's cached text result.
      '<c r="B2" t="str"><f>"a"&amp;"b"</f><v>&amp;amp; Қ&amp;lt;</v></c>',
      // Pretty-printed XML: the indentation is no part of the value.
      '<c r="C2" t="inlineStr">\n  <is>\n    <t>Әлеуметтік</t>\n  </is>\n</c>',
      // A phonetic reading (Japanese furigana) is not part of the text.
      '<c r="D2" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c>',
      // A U+FFFD written in the file, as UTF-8 and as a character reference, is the cell's text.
      '<c r="E2" t="inlineStr"><is><t>знак \ufffd и &#xFFFD;</t></is></c>',
      '</row>',
    ].join(''));
    zip.file('xl/worksheets/sheet1.xml', Buffer.from(sheet, 'utf8'));
    const path = join(dir, 'entities.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const [table] = await readXlsx(path);
    expect(table.rows[1].cells).toEqual(['&lt;b&gt; AT&amp;T <i>', '&amp; Қ&lt;', 'Әлеуметтік', '東京', 'знак \ufffd и \ufffd']);
  });

  it('reads control characters as they were typed: escaped as Excel writes them, or raw as other tools do', async () => {
    const dir = await tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['x']);
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    const cells = [
      'a_x000B_b', // Excel: a vertical tab (a line break pasted from Word)
      '_x005F_x0041_', // Excel: the literal text "_x0041_"
      'c\u000bd', // raw, not allowed in XML 1.0, written by tools that do not escape
      'e\u0001f',
      'g\ufffeh',
      'знак _xFFFD_',
    ];
    const row = cells.map((t, i) => `<c r="${String.fromCharCode(65 + i)}1" t="inlineStr"><is><t>${t}</t></is></c>`).join('');
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<row r="1".*?<\/row>/, `<row r="1">${row}</row>`);
    zip.file('xl/worksheets/sheet1.xml', Buffer.from(sheet, 'utf8'));
    const path = join(dir, 'controls.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect((await readXlsx(path))[0].rows[0].cells).toEqual(['a\u000bb', '_x0041_', 'c\u000bd', 'e\u0001f', 'g\ufffeh', 'знак \ufffd']);
  });

  it('reads shared strings pretty-printed and with phonetic runs as their text', async () => {
    const dir = await tempDir();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['один', 'два', 'три']);
    const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
    zip.file('xl/sharedStrings.xml', Buffer.from([
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">\n',
      '  <si>\n    <t>Қоғамдық кеңес</t>\n  </si>\n',
      '  <si><r><t xml:space="preserve">Алматы </t></r><r><rPr><b/></rPr><t>қаласы</t></r></si>\n',
      '  <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>\n',
      '</sst>\n',
    ].join('')));
    const path = join(dir, 'shared.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect((await readXlsx(path))[0].rows).toEqual([{ row: 1, cells: ['Қоғамдық кеңес', 'Алматы қаласы', '東京'] }]);
  });
});
