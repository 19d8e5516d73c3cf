/**
 * A register's total row under its last row in a PDF, its label cell merged over the first columns and so set in from the
 * row numbers' column (held-out set 140's Ganyushkino appeals register: "Барлығы: 7 өтініш" went into row 7's cells): a
 * cell opening with a word of a total, after the rows' padding (a step wider than a cell's single-spaced wrapped line), is
 * a row of its own. A cell's wrapped line at the cell's own step stays in its cell, whatever its first word.
 */
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');
// (The numbers' column is narrow: a row's number and its date read as one cell, as in the real register.)
// Helvetica 12 pt, a cell's lines 13.8 pt apart, the rows 16.8 pt apart (LibreOffice's single spacing and cell padding).
const header = [{ x: 58, y: 700, text: 'No' }, { x: 76, y: 700, text: 'Date' }, { x: 140, y: 700, text: 'Applicant' }, { x: 444, y: 700, text: 'Result' }];
const row6 = [
  { x: 58, y: 683.2, text: '6' }, { x: 76, y: 683.2, text: '09.09.2026' }, { x: 140, y: 683.2, text: 'a foundation' }, { x: 444, y: 683.2, text: 'answered' },
];
const row7 = [
  { x: 140, y: 666.4, text: 'a resident of' }, { x: 444, y: 666.4, text: 'answered' },
  { x: 58, y: 659.5, text: '7' }, { x: 76, y: 659.5, text: '28.09.2026' },
  { x: 140, y: 652.6, text: 'Koptogai' }, { x: 444, y: 652.6, text: '12.10.2026' },
];
const at12 = (runs: { x: number; y: number; text: string }[]) => runs.map((r) => ({ ...r, size: 12 }));

describe('a total row set in from the first column, under the last row', () => {
  it('is a row of its own', async () => {
    expect(await read([at12([...header, ...row6, ...row7,
      { x: 444, y: 635.8, text: 'answered - 5,' },
      { x: 260, y: 628.9, text: 'individuals - 5, legal - 2' },
      { x: 76, y: 622, text: 'Total: 7 appeals' }, { x: 444, y: 622, text: 'in review - 2' },
    ])])).toBe('No Date\tApplicant\tResult\n6 09.09.2026\ta foundation\tanswered\n7 28.09.2026\ta resident of Koptogai\tanswered 12.10.2026\n'
      + 'Total: 7 appeals\tindividuals - 5, legal - 2\tanswered - 5, in review - 2\n');
  });

  it('near miss: a cell\'s wrapped line opening with "Total" at the cell\'s own step stays in its cell', async () => {
    expect(await read([at12([...header, ...row6,
      { x: 58, y: 666.4, text: '7' }, { x: 76, y: 666.4, text: '28.09.2026' }, { x: 140, y: 666.4, text: 'residents, 27 signatures.' }, { x: 444, y: 666.4, text: 'answered' },
      { x: 140, y: 652.6, text: 'Total of the street' },
    ])])).toBe('No Date\tApplicant\tResult\n6 09.09.2026 a foundation\tanswered\n7 28.09.2026 residents, 27 signatures. Total of the street\tanswered\n');
  });
});
