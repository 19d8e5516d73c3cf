/**
 * The ninth blind held-out set (issue 12, "Done when"), its protocols: five written by an agent that never saw the
 * extractors, scored after sets 7 and 8 were fixed — an extraordinary meeting by correspondence (ballots are no
 * attendance; its questions spread through the text are the agenda), absentees grouped under their reason ("ауырып
 * қалуына байланысты: …; іссапарда: …"), roll-call votes one member per line, every vote in one text table with a
 * column of voters, a commission's Word table read one cell per line. Blind: 98 of 116 protocol fields, 4 false
 * values. The classes were fixed with cases of our own (protocol9): every field right now.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument, protocolOf } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-9');
const read = async (file: string) => (await protocolOf(join(DIR, file)));
const votesOf = (x: Awaited<ReturnType<typeof read>>) => x.votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`);

describe('held-out protocols (set 9), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, {});

  it('Semey (by correspondence): the ballots returned are no attendance', async () => {
    const x = await read('protocol-ru-semey-2025-08-14.txt');
    expect([x.present, x.attendees.length, x.attendees_listed]).toEqual([null, 0, false]);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
  });

  it('Oskemen: the roll call counted only as a whole — both votes, in order', async () => {
    const x = await read('protocol-ru-oskemen-2025-06-26.txt');
    expect(votesOf(x)).toHaveLength(2);
    expect(votesOf(x)[1]).toBe('5/5/1 false rejected');
  });

  it('Kaskelen: the decisions written out under the vote table are no fourth vote', async () => {
    const x = await read('protocol-kk-kaskelen-2025-09-18.txt');
    expect(x.votes).toHaveLength(3);
  });
});
