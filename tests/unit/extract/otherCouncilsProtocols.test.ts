/**
 * Protocols of other councils, written for kenes by hand in layouts the shared
 * examples do not show (a " | " table with wrapped cells, a Kazakh tab table
 * with "күндізгі"/"қатыспады", names inline on the heading line, an absence
 * sub-heading "Без уважительной причины:", the number on a line of its own
 * under a spaced-out title, «иә» votes, a member who did not vote). Each
 * field of its .expected.json must come out exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'other-councils');
const cases = readdirSync(DIR).filter((f) => f.startsWith('protocol-') && f.endsWith('.txt'));

describe('protocols of other councils', () => {
  it.each(cases)('%s comes out as its expected.json', (file) => {
    const want = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8'));
    const x = parseProtocol(readFileSync(join(DIR, file), 'utf8'));
    const got: Record<string, unknown> = {
      date: x.date, number: x.number, body: x.body, members_total: x.members_total, present: x.present, online: x.online,
      attendees: x.attendees.length, attendees_online: x.attendees.filter((a) => a.online).length,
      absentees: x.absentees.length, absentees_excused: x.absentees.filter((a) => a.excused === true).length,
      absentees_unexcused: x.absentees.filter((a) => a.excused === false).length, agenda: x.agenda.length,
      votes: want.votes.map((v: Record<string, unknown>, k: number) => Object.fromEntries(Object.keys(v).map((key) => [key, (x.votes[k] as unknown as Record<string, unknown>)?.[key]]))),
    };
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, got[k]]))).toEqual(want);
    expect(x.votes).toHaveLength(want.votes.length);
    expect(x.issues).toEqual([]);
  });

  it('a member who did not vote is read in either word order', () => {
    const x = parseProtocol(readFileSync(join(DIR, 'protocol-council-ru-lists.txt'), 'utf8'));
    expect(x.votes[1]).toMatchObject({ for: 12, against: 8, abstain: 1, not_voted: 1 });
  });
});
