/**
 * A footnote's mark printed as a superscript glued to its word ("17 членов¹", "3 проекта⁵"). Held-out 69's Health ministry
 * report: the mark "5" raised over "…на конец периода – 3 проекта" was put at the start of the next line, where it read
 * "12" / "5 одобрены без замечаний" — 5 drafts approved for 12. Read as printed, in superscript digits on its word's line.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const read = async (runs: TextRun[]) => readPdfText(textPdf([runs]), 'case.pdf');
// Helvetica 10 pt: "nnnnn" is 27.8 pt wide, a digit 5.56 pt; at 7 pt a digit is 3.9 pt.

describe('a footnote mark set as a superscript', () => {
  it('is read after its word, as a superscript digit, on the word\'s line', async () => {
    expect(await read([
      { x: 57, y: 780, text: 'nnnnn' },
      { x: 84.8, y: 783.5, text: '1', size: 7 },
      { x: 88.7, y: 780, text: ': 13 nnnnn' },
    ])).toBe('nnnnn¹: 13 nnnnn\n');
  });
  it('raised at a line\'s end, it stays there, not before the next line\'s words; two digits too', async () => {
    // The superscript stands higher than the line's own words: sorted by height first, it came before them.
    expect(await read([
      { x: 57, y: 780, text: 'Held 19 drafts: 12' },
      { x: 57, y: 768, text: 'nnnnn nnnnn' },
      { x: 115.4, y: 771.5, text: '15', size: 7 },
      { x: 57, y: 752, text: 'Next paragraph.' },
    ])).toBe('Held 19 drafts: 12\nnnnnn nnnnn¹⁵\nNext paragraph.\n');
  });
  it('near-misses: a digit of the text\'s size, or a small one on the baseline, is a plain digit', async () => {
    const plain = await read([{ x: 57, y: 780, text: 'nnnnn' }, { x: 84.8, y: 783.5, text: '1' }, { x: 57, y: 740, text: 'nnnnn' }, { x: 84.8, y: 740, text: '2', size: 7 }]);
    expect(plain).not.toMatch(/[¹²]/u);
  });
});
