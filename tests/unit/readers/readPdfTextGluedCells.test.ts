/**
 * A LibreOffice table whose "Решение" cell wraps up to the next column: on the row's middle line the cell's last word
 * ends a space before the counts ("… направить в 17 0"), no wider than a space between words. Where another row of the
 * table starts a cell at that place, the counts are that column's cell; a line with no such row near keeps its words.
 */
import { describe, expect, it } from 'vitest';
import { respreadVoteTables } from '../../../sources/extract/protocol/respreadVoteTable.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');

describe('a count cell a space after a wrapped cell', () => {
  it('is its own cell where the rows around start one there', async () => {
    // 'Approve the draft with remarks; send to the' from x=80 ends at 271.2 (Helvetica 10): 2.8 pt before the counts, drawn
    // as a tagged cell of their own (pdf.js would join untagged text that close into one item).
    expect(await read([[
      { x: 57, y: 780, text: '1' }, { x: 80, y: 780, text: 'Approve the draft with remarks; send to the' }, { x: 274, y: 780, text: '17 0', marked: true },
      { x: 320, y: 780, text: '0' }, { x: 360, y: 780, text: 'adopted' },
      { x: 57, y: 768, text: '2' }, { x: 80, y: 768, text: 'Create a group' }, { x: 274, y: 768, text: '7' }, { x: 320, y: 768, text: '2' },
      { x: 360, y: 768, text: 'rejected' },
    ]])).toBe('1\tApprove the draft with remarks; send to the\t17 0\t0\tadopted\n2\tCreate a group\t7\t2\trejected\n');
  });

  it('near miss: a paragraph\'s items a space apart, no table near, stay one line', async () => {
    expect(await read([[
      { x: 57, y: 780, text: 'Approve the draft with remarks; send to the' }, { x: 251, y: 780, text: 'ministry', marked: true },
    ]])).toBe('Approve the draft with remarks; send to the ministry\n');
  });
});

describe('counts of narrow columns in one run', () => {
  it('"17 0" under "За Против" are a count a column; the question\'s words are its cell', () => {
    expect(respreadVoteTables([
      '№ вопроса\tРешение\tЗа Против Воздержались\tИтог',
      '1\tОдобрить проект с учетом замечаний\t17 0\t0\tпринято единогласно',
      '2\tСоздать рабочую группу\t7 8\t2\tне принято',
    ])).toEqual([
      '№ вопроса Решение\tЗа\tПротив\tВоздержались\tИтог',
      '1 Одобрить проект с учетом замечаний\t17\t0\t0\tпринято единогласно',
      '2 Создать рабочую группу\t7\t8\t2\tне принято',
    ]);
  });

  it('near miss: a row giving more counts than the labels is left as it was', () => {
    const lines = ['№ вопроса\tРешение\tЗа Против Воздержались\tИтог', '1\tОдобрить проект\t17 0 0 4\tпринято'];
    expect(respreadVoteTables(lines)).toEqual(lines);
  });
});
