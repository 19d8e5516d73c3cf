import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { inspectZip, NotAZipError } from '../../../sources/readers/inspectZip.ts';
import { decodeText } from '../../../sources/readers/decodeText.ts';

const bad = (name: string) => readFile(fileURLToPath(new URL(`../../fixtures/bad/${name}`, import.meta.url)));

describe('inspectZip', () => {
  it('lists a real workbook with its unpacked size', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('letters').addRow(['letter_id', 'sent_on']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const zip = await inspectZip(bytes, 'a.xlsx', 10_000_000);
    expect(zip.entries.map((e) => e.name)).toContain('xl/workbook.xml');
    expect(zip.uncompressedBytes).toBe(zip.entries.reduce((n, e) => n + e.uncompressedSize, 0));
  });

  it('refuses a zip bomb from its directory, before inflating anything', async () => {
    await expect(inspectZip(await bad('declared-huge.xlsx'), 'b.xlsx', 500_000_000)).rejects.toMatchObject({ code: 'read.zipBomb', location: { file: 'b.xlsx' } });
    await expect(inspectZip(await bad('zip-bomb.xlsx'), 'c.xlsx', 10_000_000)).rejects.toMatchObject({ code: 'read.zipBomb' });
  });

  it('catches an entry that inflates to more than it declares, and a truncated zip', async () => {
    await expect(inspectZip(await bad('forged-size.xlsx'), 'f.xlsx', 500_000_000)).rejects.toThrow(/inflates to more than it declares/);
    await expect(inspectZip(await bad('truncated.xlsx'), 't.xlsx', 500_000_000)).rejects.toBeInstanceOf(NotAZipError);
  });
});

describe('decodeText', () => {
  it('BOMs, mixed line endings, UTF-16 without BOM, Windows-1251', () => {
    expect(decodeText(Buffer.from('\ufeffa;b\r\nc\rd\ne', 'utf8'), 'x')).toBe('a;b\nc\nd\ne');
    expect(decodeText(Buffer.from('ab,в\n', 'utf16le'), 'x')).toBe('ab,в\n');
    expect(decodeText(Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'x')).toBe('Привет');
  });
});
