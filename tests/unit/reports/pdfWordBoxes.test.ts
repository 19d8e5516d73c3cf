/**
 * The test helper that finds words printed over words in LibreOffice's PDF of the workbook
 * (tests/e2e/reportsWorkbook.test.ts) must itself find them: hand-made PDFs with text placed
 * where each case says.
 */
import { describe, expect, it } from 'vitest';
import { overlappingWords, readPdfWords } from '../../helpers/pdfWordBoxes.ts';
import { textPdf } from '../../helpers/textPdf.ts';

describe('overlappingWords', () => {
  it('finds a wrapped line drawn over the next row, word by word', async () => {
    // A cell's second line at y 500 and the next row's text at y 502: what a row without its height printed.
    const pdf = await readPdfWords(textPdf([[{ x: 50, y: 512, text: 'Commission on urban' }, { x: 50, y: 500, text: 'mobility' }, { x: 50, y: 502, text: 'Member' }]]));
    const pairs = overlappingWords(pdf.pages[0]).map(([a, b]) => [a.text, b.text].sort().join(' × '));
    expect(pairs).toEqual(['Member × mobility']);
  });

  it('passes lines 12 points apart, words side by side and the same word on two pages', async () => {
    const pdf = await readPdfWords(textPdf([
      [{ x: 50, y: 512, text: 'first line' }, { x: 50, y: 500, text: 'second line' }, { x: 120, y: 500, text: 'next cell' }],
      [{ x: 50, y: 500, text: 'second line' }],
    ]));
    expect(pdf.pages.map((page) => overlappingWords(page))).toEqual([[], []]);
    expect(pdf.texts).toEqual(['first line second line next cell', 'second line']);
    expect(pdf.pages[0].map((w) => w.text)).toEqual(['first', 'line', 'second', 'line', 'next', 'cell']);
  });

  it('finds text run into the next column on one line', async () => {
    const pdf = await readPdfWords(textPdf([[{ x: 50, y: 500, text: 'a very long cell text' }, { x: 90, y: 500, text: '12' }]]));
    expect(overlappingWords(pdf.pages[0]).length).toBeGreaterThan(0);
  });
});
