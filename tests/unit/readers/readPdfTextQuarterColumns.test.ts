/**
 * A table of quarters in a PDF (held-out set 53's Zhezkazgan report, LibreOffice): its columns stand evenly apart, so a
 * gutter as wide as a text column's runs down the middle third beside the label and the first two quarters; its rows
 * were taken for two text columns and the quarters III–IV, the year's total and last year's column read as lines of
 * their own under the table ("2⇥2⇥7⇥6"). A side of cells apart with no letter is no column of prose: the rows stay
 * whole. A page set in two columns of prose is still read column by column.
 */
import { describe, expect, it } from 'vitest';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { readColumnsInOrder } from '../../../sources/readers/textColumns.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const HELD_OUT = new URL('../../fixtures/extract/held-out-53/', import.meta.url).pathname;
const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');

/** Rows of a label and six counts (x 200–465, 50–65 pt apart), 14 pt apart, a label over two lines where it is long. */
function quarterRows(labels: string[], counts: string[][], top = 700, columns = [200, 250, 300, 350, 400, 465]) {
  return labels.flatMap((label, k) => {
    const y = top - 20 * k;
    const [first, second] = label.split(' / ');
    return [
      ...(second ? [{ x: 57, y: y + 5, text: first }, { x: 57, y: y - 5, text: second }] : [{ x: 57, y, text: first }]),
      ...counts[k].map((text, c) => ({ x: columns[c], y, text })),
    ];
  });
}

describe('a table of quarters whose columns leave a gutter in the middle of the page', () => {
  it('ru (set 53, Zhezkazgan): every row one line, its quarters, total and last year in order', async () => {
    const text = await readDocumentText(`${HELD_OUT}report-ru-zhezkazgan-2025.pdf`);
    const lines = text.split('\n');
    expect(lines).toContain('Заседания Общественного совета\t2\t1\t2\t2\t7\t6');
    expect(lines).toContain('Направлено писем в госорганы\t3\t4\t2\t5\t14\t10');
    expect(lines.filter((l) => /^[\d–]+\t/u.test(l))).toEqual([]);
  });

  it('variant: nine rows, two labels over two lines, a paragraph under the table', async () => {
    const labels = ['Council / meetings', 'Commission meetings', 'Reports heard from / state bodies', 'Monitorings', 'Public hearings', 'Round tables', 'Draft acts reviewed', 'Appeals received', 'Letters sent'];
    const counts = labels.map((_, k) => [`${k % 3}`, '1', '-', '2', `${k + 3}`, `${k + 1}`]);
    const pdf = await read([[
      { x: 57, y: 740, text: 'Indicator' }, { x: 200, y: 740, text: 'Q1' }, { x: 250, y: 740, text: 'Q2' }, { x: 300, y: 740, text: 'Q3' }, { x: 350, y: 740, text: 'Q4' }, { x: 400, y: 740, text: 'Total' }, { x: 465, y: 740, text: '2024' },
      ...quarterRows(labels, counts),
      { x: 57, y: 500, text: 'Note: a dash means none was held in the quarter.' },
    ]]);
    const lines = pdf.split('\n').filter((l) => l !== '');
    expect(lines[1]).toBe('Council meetings\t0\t1\t-\t2\t3\t1');
    expect(lines[3]).toBe('Reports heard from state bodies\t2\t1\t-\t2\t5\t3');
    expect(lines[9]).toBe('Letters sent\t2\t1\t-\t2\t11\t9');
    expect(lines.filter((l) => /^[\d–]+\t/u.test(l))).toEqual([]);
  });

  it('variant: a table of months (twelve count columns) keeps its rows whole too', async () => {
    const columns = Array.from({ length: 12 }, (_, c) => 170 + 30 * c);
    const labels = Array.from({ length: 9 }, (_, k) => `Row ${k + 1}`);
    const counts = labels.map(() => columns.map((_, c) => `${c % 4}`));
    const pdf = await read([[...quarterRows(labels, counts, 700, columns)]]);
    expect(pdf.split('\n')[0]).toBe(`Row 1\t${columns.map((_, c) => c % 4).join('\t')}`);
    expect(pdf.split('\n').filter((l) => l !== '')).toHaveLength(9);
  });

  it('near miss: a page of two columns of prose is still read column by column', () => {
    type Item = { x: number; y: number; width: number; size: number; str: string };
    const item = (x: number, y: number, width: number, str: string): Item => ({ x, y, width, size: 10, str });
    const left = Array.from({ length: 10 }, (_, k) => item(57, 700 - 12 * k, 229, `left column words ${k}`));
    const right = Array.from({ length: 10 }, (_, k) => item(309, 700 - 12 * k, 229, `right column words ${k}`));
    const read = readColumnsInOrder([...left, ...right]).sort((p, q) => q.y - p.y || p.x - q.x).map((i) => i.str);
    expect(read).toEqual([...left, ...right].map((i) => i.str));
  });

  it('near miss: two columns of prose whose right one has words at a gap of a cell apart (a list of dates) still read as columns', () => {
    type Item = { x: number; y: number; width: number; size: number; str: string };
    const item = (x: number, y: number, width: number, str: string): Item => ({ x, y, width, size: 10, str });
    const left = Array.from({ length: 10 }, (_, k) => item(57, 700 - 12 * k, 229, `left column words ${k}`));
    const right = Array.from({ length: 10 }, (_, k) => (k === 4
      ? [item(309, 700 - 12 * k, 40, '12.03'), item(380, 700 - 12 * k, 158, `right column words ${k}`)]
      : [item(309, 700 - 12 * k, 229, `right column words ${k}`)])).flat();
    const read = readColumnsInOrder([...left, ...right]).sort((p, q) => q.y - p.y || p.x - q.x).map((i) => i.str);
    expect(read).toEqual([...left, ...right].map((i) => i.str));
  });
});
