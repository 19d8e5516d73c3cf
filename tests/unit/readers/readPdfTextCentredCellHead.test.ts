/**
 * A table whose date and body columns touch (a LibreOffice table as wide as its text: "3 17.04.2025 пассажирского …" one
 * run of words), a row's body over three lines centred on its number and date: the body's first line stands above the
 * row's baseline, nearer to it than to the row above. Held-out 55's Kordai hearings read it as the end of the body above
 * ("…Кордайского района» ГУ «Отдел жилищно-коммунального хозяйства,") and lost the departments heard.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf, type TextRun } from '../../helpers/textPdf.ts';

/** A paragraph of four lines to the right edge, 15 pt apart: the page's pitch. */
const paragraph: TextRun[] = [775, 760, 745, 730].map((y) => ({ x: 57, y, text: 'The council heard six reports of the district bodies in the nine months of the year, as below.' }));
const header: TextRun[] = [{ x: 57, y: 700, text: 'No' }, { x: 95, y: 700, text: 'Date' }, { x: 200, y: 700, text: 'Body heard' }, { x: 400, y: 700, text: 'Topic' }];
/** The table's rows as read under the paragraph and the header: the lines that open with a row's number. */
const rowsRead = async (rows: TextRun[]) =>
  (await readPdfText(textPdf([[...paragraph, ...header, ...rows]]), 'case.pdf')).split('\n').filter((l) => /^\d\s/u.test(l));
/** A row on one baseline, its number, date and body a space or so apart (one cell of three pieces), its topic a cell. */
const row = (y: number, no: string, date: string, body: string, topic: string): TextRun[] => [
  { x: 57, y, text: no, marked: true }, { x: 75, y, text: date, marked: true }, { x: 135, y, text: body, marked: true }, { x: 400, y, text: topic, marked: true },
];

describe('a body\'s first line above its row, the columns run together', () => {
  it('is put before the body\'s words on the row\'s baseline, not after the body of the row above', async () => {
    expect(await rowsRead([
      ...row(680, '1', '13.02.2025', 'Department of education', 'school transport'),
      // Row 2: the body's three lines 13 pt apart, the middle one on the row's baseline, 18 pt under row 1.
      { x: 135, y: 662, text: 'Department of housing,' },
      ...row(649, '2', '17.04.2025', 'transport and roads', 'road repair'),
      { x: 135, y: 636, text: 'of the district' },
      ...row(618, '3', '21.08.2025', 'akim of the rural okrug', 'street lighting'),
    ])).toEqual([
      '1 13.02.2025 Department of education\tschool transport',
      '2 17.04.2025 Department of housing, transport and roads of the district\troad repair',
      '3 21.08.2025 akim of the rural okrug\tstreet lighting',
    ]);
  });

  it('near miss: a row\'s wrapped last line as far from the next row as from its own stays the row\'s', async () => {
    expect(await rowsRead([
      ...row(680, '1', '13.02.2025', 'Department of education', 'school transport'),
      { x: 135, y: 667, text: 'of the district' },
      ...row(654, '2', '17.04.2025', 'Department of housing', 'road repair'),
    ])).toEqual([
      '1 13.02.2025 Department of education of the district\tschool transport',
      '2 17.04.2025 Department of housing\troad repair',
    ]);
  });
});
