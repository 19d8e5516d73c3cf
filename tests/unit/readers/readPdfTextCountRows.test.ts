/**
 * A table of counts read from a PDF (held-out set 51's transport report, a table by commission): its total row
 * "Барлығы  10  6  2  12" is never the first line of the paragraph under it (read as one sentence, "12 Мониторингтер
 * кестесі: …" gave 12 monitorings); a row's label centred beside its counts over three lines is the row's first cell;
 * a header line whose names stand at equal gaps ("отырыстар  мониторингтер  үстелдер") is parted by the cells over it,
 * not read as a justified line. Geometry on pages built for each case, and LibreOffice's PDFs of such tables, which
 * give the figures of their .docx.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { readPdfText } from '../../../sources/readers/readPdfText.ts';
import { textPdf } from '../../helpers/textPdf.ts';

const PDF = new URL('../../fixtures/pdf/', import.meta.url).pathname;
const read = (pages: Parameters<typeof textPdf>[0]) => readPdfText(textPdf(pages), 'case.pdf');
// Helvetica 10 pt; a page's text from x=57 to 538.
const words = (n: number) => Array.from({ length: n }, () => 'nnnnn').join(' ');
const header = [{ x: 57, y: 780, text: 'Commission' }, { x: 250, y: 780, text: 'Meetings' }, { x: 500, y: 780, text: 'Letters' }];

describe('a total row of counts, a paragraph right under it', () => {
  it('is not joined to the paragraph, though the paragraph\'s first word would not have fitted after its last count', async () => {
    expect(await read([[
      ...header,
      { x: 57, y: 764, text: 'Social commission' }, { x: 250, y: 764, text: '4' }, { x: 500, y: 764, text: '5' },
      { x: 57, y: 748, text: 'Total' }, { x: 250, y: 748, text: '10' }, { x: 500, y: 748, text: '12' },
      { x: 57, y: 736, text: 'Monitoring schedule: 12.02 the bus station; 26.03 the road to the city.' },
      { x: 57, y: 724, text: 'Round tables: 23.04, 19.11.' },
    ]])).toBe('Commission\tMeetings\tLetters\nSocial commission\t4\t5\nTotal\t10\t12\nMonitoring schedule: 12.02 the bus station; 26.03 the road to the city.\nRound tables: 23.04, 19.11.\n');
  });

  it('near miss: a paragraph\'s line ending in a number goes on into the next line, as before', async () => {
    expect(await read([[
      { x: 57, y: 780, text: `${words(14)} held 12` },
      { x: 57, y: 768, text: 'monitorings in all.' },
    ]])).toBe(`${words(14)} held 12 monitorings in all.\n`);
  });
});

describe('a row\'s label centred beside its counts over three lines', () => {
  // (Paragraphs above at a pitch of 12 pt, the rows 16 pt apart, the label's lines 12 pt apart, as LibreOffice sets them.)
  const paragraphs = [836, 824, 812, 800].map((y) => ({ x: 57, y, text: 'Short line.' }));
  it('its first line above the counts and its last below are the row\'s first cell', async () => {
    expect(await read([[
      ...paragraphs,
      ...header,
      { x: 57, y: 764, text: 'Social commission' }, { x: 250, y: 764, text: '4' }, { x: 500, y: 764, text: '5' },
      { x: 57, y: 748, text: 'Commission on public' },
      { x: 57, y: 736, text: 'control and citizens' }, { x: 250, y: 736, text: '3' }, { x: 500, y: 736, text: '1' },
      { x: 57, y: 724, text: 'appeals' },
      { x: 57, y: 708, text: 'Total' }, { x: 250, y: 708, text: '7' }, { x: 500, y: 708, text: '6' },
    ]])).toBe('Short line.\nShort line.\nShort line.\nShort line.\n\nCommission\tMeetings\tLetters\nSocial commission\t4\t5\nCommission on public control and citizens appeals\t3\t1\nTotal\t7\t6\n');
  });

  it('near miss: a caption ending in a colon over a row opening in lower case, a line in capitals under it, stay lines of their own', async () => {
    expect(await read([[
      { x: 57, y: 780, text: 'Counts by commission:' },
      { x: 57, y: 768, text: 'on social issues' }, { x: 250, y: 768, text: '4' }, { x: 500, y: 768, text: '5' },
      { x: 57, y: 756, text: 'Signed by the chair' },
    ]])).toBe('Counts by commission:\non social issues\t4\t5\nSigned by the chair\n');
  });
});

describe('a header line whose names stand at equal gaps', () => {
  // "meetings" 40.57 pt, "monitorings" 51.68 pt wide: 30 pt apart each, as a justified line's words are.
  const band = [
    { x: 252, y: 786, text: 'Held' }, { x: 325, y: 786, text: 'Public' }, { x: 405, y: 786, text: 'Round' },
    { x: 57, y: 780, text: 'Commission' },
    { x: 250, y: 774, text: 'meetings' }, { x: 320.57, y: 774, text: 'monitorings' }, { x: 402.25, y: 774, text: 'tables' },
  ];
  const rows = [
    { x: 57, y: 750, text: 'Social commission' }, { x: 255, y: 750, text: '4' }, { x: 330, y: 750, text: '3' }, { x: 410, y: 750, text: '1' },
    { x: 57, y: 734, text: 'Total' }, { x: 255, y: 734, text: '4' }, { x: 330, y: 734, text: '3' }, { x: 410, y: 734, text: '1' },
  ];

  it('is parted by the header cells over it: each name under its column', async () => {
    expect(await read([[...band, ...rows]])).toBe('Commission\tHeld meetings\tPublic monitorings\tRound tables\nSocial commission\t4\t3\t1\nTotal\t4\t3\t1\n');
  });

  it('near miss: a justified cell\'s lines in a row band, words a space and a half apart, stay one cell (held-out 18\'s vote table)', async () => {
    // Each word an item of its own, 7.7 pt apart on both lines: under one another, but no gap wide as a cell's.
    const words1 = [[120, 'Approve'], [164.94, 'the'], [186.54, 'draft'], [214.24, 'with'], [239.72, 'remarks']] as const;
    const words2 = [[120, 'of'], [136.04, 'the'], [157.64, 'council'], [196.46, 'members']] as const;
    const paragraphs = [836, 824, 812, 800].map((y) => ({ x: 57, y, text: 'Short line.' }));
    expect(await read([[
      ...paragraphs,
      ...words1.map(([x, text]) => ({ x, y: 780, text, marked: true })),
      { x: 57, y: 774, text: '1' }, { x: 300, y: 774, text: '17' },
      ...words2.map(([x, text]) => ({ x, y: 768, text, marked: true })),
    ]])).toBe('Short line.\nShort line.\nShort line.\nShort line.\n\n1\tApprove the draft with remarks of the council members\t17\n');
  });

  it('near miss: a justified line over the table, a word of it where a column starts, stays one line of words', async () => {
    const spread = [57, 123, 189, 255].map((x) => ({ x, y: 800, text: 'nnnnn' }));
    expect((await read([[...spread, ...band, ...rows]])).split('\n')[0]).toBe('nnnnn nnnnn nnnnn nnnnn');
  });
});

describe('LibreOffice\'s PDF of a table by commission (names over three lines, a header over four)', () => {
  const figures = (text: string) => parseReport(text).figures.map((f) => [f.metric, f.value]).sort();
  it.each([
    ['commission-table-kk', { commission_meetings: 12, monitorings: 7, round_tables: 2, letters_sent: 9, appeals_received: 14 }],
    ['commission-table-ru', { commission_meetings: 15, monitorings: 9, round_tables: 3, letters_sent: 18, appeals_received: 21 }],
  ] as const)('%s: the figures of its .docx, the total row\'s', async (name, want) => {
    const pdf = await readDocumentText(`${PDF}${name}.pdf`);
    expect(figures(pdf)).toEqual(figures(await readDocumentText(`${PDF}${name}.docx`)));
    expect(Object.fromEntries(figures(pdf))).toEqual(want);
    // every row one line: the long names are whole
    expect(pdf.split('\n').filter((l) => l.includes('\t'))).toHaveLength(5);
  });
});
