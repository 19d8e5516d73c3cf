/**
 * readXlsx through exceljs's streaming reader: formulas give their results,
 * rich text its text, dates stay dates, a merged title is one cell, a hidden
 * sheet is flagged — and a workbook whose sheet parts are not named as Excel
 * names them (exceljs would find no sheet in it) is refused with a message.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../sources/readers/readXlsx.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

async function writeWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const members = wb.addWorksheet('Члены совета');
  members.addRow(['Состав совета']);
  members.mergeCells('A1:C1');
  members.addRow([]);
  members.addRow(['ID', 'ФИО', 'Дата вступления']);
  members.addRow(['M1', { richText: [{ text: 'Сериков ' }, { text: 'Арман', font: { bold: true } }] }, new Date(Date.UTC(2022, 4, 20))]);
  members.addRow(['M2', { formula: '"Ермекова "&"Динара"', result: 'Ермекова Динара' }, { formula: '1+1', result: 2 }]);
  const hidden = wb.addWorksheet('Голосования');
  hidden.state = 'hidden';
  hidden.addRow(['meeting_id', 'item_no']);
  hidden.addRow(['C9', 1]);
  await wb.xlsx.writeFile(path);
}

const expected = [
  {
    file: 'members.xlsx', sheet: 'Члены совета', hidden: false, rows: [
      { row: 1, cells: ['Состав совета', null, null] },
      { row: 3, cells: ['ID', 'ФИО', 'Дата вступления'] },
      { row: 4, cells: ['M1', 'Сериков Арман', new Date(Date.UTC(2022, 4, 20))] },
      { row: 5, cells: ['M2', 'Ермекова Динара', 2] },
    ],
  },
  { file: 'members.xlsx', sheet: 'Голосования', hidden: true, rows: [{ row: 1, cells: ['meeting_id', 'item_no'] }, { row: 2, cells: ['C9', 1] }] },
];

describe('readXlsx', () => {
  it('reads values, merged titles and hidden sheets as a person sees them', async () => {
    const path = join(await tempDir(), 'members.xlsx');
    await writeWorkbook(path);
    expect(await readXlsx(path)).toEqual(expected);
  });

  it('refuses a workbook whose sheet parts have other names, rather than reading it as empty', async () => {
    const dir = await tempDir();
    const original = join(dir, 'original.xlsx');
    await writeWorkbook(original);
    const zip = await JSZip.loadAsync(await readFile(original));
    for (const [from, to] of [['sheet1', 'members'], ['sheet2', 'votes']]) {
      zip.file(`xl/worksheets/${to}.xml`, await zip.file(`xl/worksheets/${from}.xml`)!.async('nodebuffer'));
      zip.remove(`xl/worksheets/${from}.xml`);
      for (const part of ['xl/_rels/workbook.xml.rels', '[Content_Types].xml']) {
        zip.file(part, (await zip.file(part)!.async('string')).replace(`worksheets/${from}.xml`, `worksheets/${to}.xml`));
      }
    }
    const path = join(dir, 'members.xlsx');
    await writeFile(path, await zip.generateAsync({ type: 'nodebuffer' }));
    await expect(readXlsx(path)).rejects.toMatchObject({
      code: 'read.badXlsx',
      message: 'not a readable .xlsx workbook: its sheets are stored under names Excel does not use (xl/worksheets/members.xml, xl/worksheets/votes.xml)',
      location: { file: 'members.xlsx' },
    });
  });
});
