/**
 * A justified paragraph in a narrow column stretches a line of two words over the column's width: one gap, as wide as a
 * table's, and no evenly spread line to tell it by (held-out 192's Zhetisu bulletin: "резервтің <gap> мамандандырылған",
 * "балалар-жасөспірімдер <gap> спорт" under a line of the same sentence). Read as two cells, the sentence of two hearings
 * lost its second. Such a line starts and ends where the prose line above it does: its gap is a space. A table's rows,
 * and a signature's name set flush right, keep their cells.
 *
 * The pages are drawn in Helvetica with words of letters that are all 556/1000 em wide (a b d e n o p u) and a space of
 * 278, so each line's end is known: a word of n letters at 10 pt is 5.56·n wide.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

const LEFT = 50;
const width = (text: string) => [...text].reduce((w, ch) => w + (ch === ' ' ? 2.78 : 5.56), 0);
/** A paragraph's full line, one run of five words. */
const PROSE = 'banded opened hound pounded abound';
const EDGE = LEFT + width(PROSE);
/** Two words drawn apart, the second ending at `end`. */
const spread = (y: number, first: string, last: string, end = EDGE): TextRun[] => [
  { x: LEFT, y, text: first },
  { x: end - width(last), y, text: last },
];
const read = async (runs: TextRun[]) => (await readPdfText(textPdf([runs]), 'case.pdf')).split('\n').filter((l) => l.trim() !== '');

describe('a justified line of two words in a narrow column', () => {
  it('under a prose line, flush at both its edges: one line of words, no cells', async () => {
    const lines = await read([{ x: LEFT, y: 700, text: PROSE }, ...spread(688, 'unbounded', 'pond'), { x: LEFT, y: 676, text: 'dead end' }]);
    expect(lines[1]).toBe('unbounded pond');
  });
  it('two such lines in a row: the second stands under the first, judged justified', async () => {
    const lines = await read([{ x: LEFT, y: 700, text: PROSE }, ...spread(688, 'unbounded', 'pond'), ...spread(676, 'abound', 'ponded'), { x: LEFT, y: 664, text: 'dead end' }]);
    expect(lines.slice(1, 3)).toEqual(['unbounded pond', 'abound ponded']);
  });
  it('near-miss: rows of a table (no prose line above them) keep their cells', async () => {
    const lines = await read([...spread(700, 'abound', 'pond'), ...spread(688, 'unbounded', 'pond'), ...spread(676, 'dune', 'pond')]);
    expect(lines.map((l) => l.split('\t').length)).toEqual([2, 2, 2]);
  });
  it('near-miss: under a prose line, a row that stops short of its edge keeps its cells', async () => {
    const lines = await read([{ x: LEFT, y: 700, text: PROSE }, ...spread(688, 'unbounded', 'pond', EDGE - 3)]);
    expect(lines[1]).toBe('unbounded\tpond');
  });
  it('near-miss: a table row under a row whose long name ran its cells together keeps its cells (its word starts under the one above)', async () => {
    const name = 'banded opened hound pounded';
    const at = LEFT + width(name) + 8;
    const lines = await read([{ x: LEFT, y: 700, text: name }, { x: at, y: 700, text: 'dune' }, ...spread(688, 'abound', 'dune', at + width('dune'))]);
    expect(lines[1]).toBe('abound\tdune');
  });
  it('near-miss: a signature under a short last line, its name flush right, keeps its cells', async () => {
    const lines = await read([{ x: LEFT, y: 700, text: PROSE }, { x: LEFT, y: 688, text: 'dead end' }, ...spread(664, 'abound', 'doubded')]);
    expect(lines[2]).toBe('abound\tdoubded');
  });
});
