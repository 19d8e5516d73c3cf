/**
 * The seventh blind held-out set (issue 12, "Done when"), its protocols: five written by an agent that never saw
 * the extractors — text pasted from an OCR'd PDF (page headers, "Страница 1 из 3", words hyphenated across lines,
 * a page break inside a sentence), a Kazakh away meeting in a Word table with a status column, a joint meeting of
 * two commissions told in prose (a PDF), a ministry's extended meeting with guests online and a vote declared
 * invalid and taken again, a presidium with every heading in both languages and a TAB table. Blind, before any
 * fix: 65.6 % of 125 protocol fields, 34 false values (absentees told in a sentence read as 0, guests and invited
 * counted, the invalid vote and "за 8 месяцев" taken as votes, shifting every later vote). The classes were
 * fixed with cases of our own (protocolAttendance7, protocolVotes7, pageFurniture): every field right now. Below,
 * what each document must give, read as a whole.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, protocolOf } from '../../helpers/heldOutSet.ts';
import { voteList } from '../../helpers/extractCases.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-7');
const read = async (file: string) => (await protocolOf(join(DIR, file)));
const votesOf = voteList;

describe('held-out protocols (set 7), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, {});

  it('Ekibastuz (OCR\'d): three votes, the page furniture no line of the protocol, the lines the document\'s own', async () => {
    const x = await read('protocol-ru-ekibastuz-2025-02-26.txt');
    expect(votesOf(x)).toEqual(['8/0/1 - adopted', '9/0/0 unanimous adopted', '3/5/1 - rejected']);
    expect(x.absentees.map((a) => a.excused)).toEqual([true, false]);
    // "список прилагается": those present are not written, so no number of attendees is stated.
    expect(x.attendees_listed).toBe(false);
    expect(x.agenda.every((a) => !/Страница|стр\./i.test(a.title))).toBe(true);
  });

  it('Minkult: the vote declared invalid declares nothing, its re-vote is its own; guests online are no attendees', async () => {
    const x = await read('protocol-ru-minkult-2025-09-09.txt');
    expect(votesOf(x)).toEqual(['15/1/1 - adopted', '9/6/2 - null', '12/3/2 - adopted', 'null/null/null unanimous null']);
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length, x.agenda.length]).toEqual([17, 4, 3]);
  });

  it('Zhanaozen: the invited of the status column are not attendees, online or not', async () => {
    const x = await read('protocol-kk-zhanaozen-2025-04-17.docx');
    expect([x.attendees.length, x.attendees.filter((a) => a.online).length]).toEqual([10, 2]);
  });

  it('Kyzylorda (joint meeting): the two commissions\' sizes are no total until the sentence sums them', async () => {
    const x = await read('protocol-kk-kyzylorda-2025-06-19.pdf');
    expect([x.members_total, x.attendees.length, x.absentees.length]).toEqual([14, 11, 3]);
  });
});
