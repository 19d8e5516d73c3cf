/**
 * The line pitch of a PDF (the step between two lines of one paragraph) is the step after a line that runs to the
 * text's right edge — a wrapped line — not the most common step of all: a protocol of one-line paragraphs, space after
 * each (set 50's Kazalinsk protocol, LibreOffice from HTML), steps by its paragraphs most often, and with that step for
 * its pitch every two list items or table rows closer than it were merged into one line.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const read = (pages: TextRun[][]) => readPdfText(textPdf(pages), 'case.pdf');
const EXTRACT = new URL('../../fixtures/extract/', import.meta.url).pathname;
// Helvetica 12 pt: thirteen "nnnnn" run from x=57 to 530.8, the text's right edge.
const full = Array.from({ length: 13 }, () => 'nnnnn').join(' ');

describe('the pitch of a page of spaced one-line paragraphs', () => {
  it('is its wrapped lines\' step: the list items 16 pt apart stay a line each, the wrapped paragraph one line', async () => {
    const runs: TextRun[] = [];
    let y = 800;
    // ten one-line paragraphs, 23 pt apart (12 pt of space after each)
    for (let k = 1; k <= 10; k++, y -= 23) runs.push({ x: 57, y, text: `Heading line ${k}.`, size: 12 });
    // a paragraph of four lines, 16 pt apart
    for (let k = 0; k < 3; k++, y -= 16) runs.push({ x: 57, y, text: full, size: 12 });
    runs.push({ x: 57, y, text: 'end of the paragraph.', size: 12 });
    y -= 23;
    // seven list items, 16 pt apart
    for (let k = 1; k <= 7; k++, y -= 16) runs.push({ x: 57, y, text: `${k}. Member number ${k}`, size: 12 });
    const lines = (await read([runs])).split('\n').filter((l) => l !== '');
    expect(lines.slice(10)).toEqual([`${full} ${full} ${full} end of the paragraph.`, ...[1, 2, 3, 4, 5, 6, 7].map((k) => `${k}. Member number ${k}`)]);
  });

  it('near miss: a page of one-line paragraphs only, none wrapped, keeps each line as it was', async () => {
    const runs = [1, 2, 3, 4, 5, 6].map((k) => ({ x: 57, y: 800 - 20 * k, text: `Line ${k}.`, size: 12 }));
    expect(await read([runs])).toBe('Line 1.\nLine 2.\nLine 3.\nLine 4.\nLine 5.\nLine 6.\n');
  });

  it('a paragraph wrapped after an address\'s "ул." reads on (set 40\'s Akkol report, read at its wrapped lines\' pitch)', async () => {
    const text = await readDocumentText(`${EXTRACT}held-out-40/report-ru-akkol-2025.pdf`);
    expect(text).toContain('(аппарат акима Аккольского района, г. Акколь, ул. Нурмагамбетова, 94) к отчёту Совета за 2025 год');
  });

  it('set 50\'s Kazalinsk protocol: its seven members listed a line each, not two by two', async () => {
    const text = await readDocumentText(`${EXTRACT}held-out-50/protocol-ru-kazalinsk-2025-11-05.pdf`);
    const items = text.split('\n').filter((l) => /^\d\. \p{Lu}/u.test(l));
    expect(items.length).toBeGreaterThanOrEqual(7);
  });
});
