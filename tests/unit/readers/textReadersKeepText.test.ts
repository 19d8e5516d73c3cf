/**
 * The CSV, .txt and .docx readers give back every character of valid input:
 * Kazakh letters (ә ғ қ ң ө ұ ү һ і), emoji, astral characters and emoji
 * sequences, in every encoding councils' files come in — UTF-8 with and
 * without a BOM, UTF-16 (both byte orders, with a BOM and without), and
 * Windows-1251 for the text it can hold. No U+FFFD appears that was not
 * written.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../sources/readers/readCsv.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { hardText, seededRandom } from '../../helpers/hardText.ts';
import { useTempDir } from '../../helpers/tempDir.ts';

const tempDir = useTempDir();

const KAZAKH = 'ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І';

/** Rows of three cells: an id, a short and a long text; a CSV cell is quoted and its quotes doubled. */
function rows(count: number, seed: number): string[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => [`R${i + 1}`, hardText(random, 3 + (i % 17)), hardText(random, 50 + Math.floor(random() * 400))]);
}

function csv(table: string[][]): string {
  return table.map((cells) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\r\n') + '\r\n';
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

const ENCODINGS: [string, (text: string) => Buffer][] = [
  ['utf-8', (t) => Buffer.from(t, 'utf8')],
  ['utf-8 with BOM', (t) => Buffer.from(`\ufeff${t}`, 'utf8')],
  ['utf-16le with BOM', (t) => Buffer.from(`\ufeff${t}`, 'utf16le')],
  ['utf-16be with BOM', (t) => utf16be(`\ufeff${t}`)],
  ['utf-16le without BOM', (t) => Buffer.from(t, 'utf16le')],
  ['utf-16be without BOM', (t) => utf16be(t)],
];

describe('text readers keep every character', () => {
  it('readCsv: 2,000 rows of ru/kk/emoji/astral text in every Unicode encoding', async () => {
    const dir = await tempDir();
    const table = [['№', 'Тақырыбы', KAZAKH], ...rows(2000, 3)];
    for (const [name, encode] of ENCODINGS) {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.csv`);
      await writeFile(path, encode(csv(table)));
      const [read] = await readCsv(path);
      const changed = read.rows.filter((r, i) => JSON.stringify(r.cells) !== JSON.stringify(table[i])).map((r) => r.row);
      expect(changed, name).toEqual([]);
      expect(read.rows.length, name).toBe(table.length);
    }
  });

  it('readCsv: Windows-1251, every letter it holds', async () => {
    const dir = await tempDir();
    const alphabet = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя№«»—–€‰§©®°±µ¶·…‘’“”•™ІіЇїЄєҐґЎў';
    const table = [['№', 'Текст'], ...Array.from({ length: 300 }, (_, i) => [`R${i}`, `${alphabet.slice(i % 40)} ${alphabet.slice(0, i % 50)}`.trim()])];
    const path = join(dir, 'cp1251.csv');
    await writeFile(path, iconv.encode(csv(table), 'win1251'));
    expect((await readCsv(path))[0].rows.map((r) => r.cells)).toEqual(table);
  });

  it('readDocumentText .txt: a long protocol in every Unicode encoding and in Windows-1251', async () => {
    const dir = await tempDir();
    const random = seededRandom(5);
    const lines = [KAZAKH, ...Array.from({ length: 3000 }, () => hardText(random, 20 + Math.floor(random() * 300)))];
    const text = lines.join('\n') + '\n';
    for (const [name, encode] of ENCODINGS) {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
      await writeFile(path, encode(lines.join('\r\n') + '\r\n'));
      const read = await readDocumentText(path);
      expect(read.includes('\ufffd'), name).toBe(false);
      expect(read === text, name).toBe(true);
    }
    const ru = 'Протокол № 5 заседания Общественного совета «О бюджете» — присутствовали 15 членов.\nЁлка, ёж.\n';
    const path = join(dir, 'cp1251.txt');
    await writeFile(path, iconv.encode(ru, 'win1251'));
    expect(await readDocumentText(path)).toBe(ru);
  });

  it('readDocumentText .docx: every paragraph, runs split anywhere, as written', async () => {
    const dir = await tempDir();
    const random = seededRandom(9);
    const paragraphs = [KAZAKH, ...Array.from({ length: 400 }, () => hardText(random, 20 + Math.floor(random() * 300)))];
    const doc = new Document({
      sections: [{
        children: paragraphs.map((p, i) => {
          // Some paragraphs in two runs, cut between two code points, as Word splits runs where formatting changes.
          const chars = Array.from(p);
          const cut = i % 2 ? Math.floor(chars.length / 3) : chars.length;
          return new Paragraph({ children: [new TextRun(chars.slice(0, cut).join('')), new TextRun({ text: chars.slice(cut).join(''), bold: true })] });
        }),
      }],
    });
    const path = join(dir, 'protocol.docx');
    await writeFile(path, await Packer.toBuffer(doc));
    const read = await readDocumentText(path);
    expect(read.includes('\ufffd')).toBe(false);
    expect(read.split('\n').slice(0, paragraphs.length)).toEqual(paragraphs);
  });
});
