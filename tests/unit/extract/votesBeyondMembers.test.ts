/**
 * Generic withholding (issue 12, session 17): a vote whose counts add up to more than could have voted took a number from
 * another clause — its counts are withheld, its declared result (read from its own words) kept.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { withholdVotesBeyondMembers } from '../../../sources/extract/protocol/votesBeyondMembers.ts';
import type { ProtocolVote } from '../../../sources/extract/types.ts';

const vote = (f: number | null, a: number | null, b: number | null, unanimous = false): ProtocolVote => ({ line: 1, for: f, against: a, abstain: b, unanimous, declared: 'adopted', text: '' });
const counts = (votes: ProtocolVote[]) => votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('a vote beyond those who could vote', () => {
  it('counts above the members stated are withheld, the result kept', () => {
    const votes = [vote(15, 0, 9)];
    withholdVotesBeyondMembers(votes, 21, 16, false, []);
    expect(counts(votes)).toEqual([[null, null, null, null, 'adopted']]);
  });

  it('with no members stated, those present bound the vote', () => {
    const votes = [vote(12, 3, 0)];
    withholdVotesBeyondMembers(votes, null, 13, false, []);
    expect(counts(votes)).toEqual([[null, null, null, null, 'adopted']]);
  });

  it('the consistent case stays: 15 + 0 + 1 of 21 members', () => {
    const votes = [vote(15, 0, 1), vote(null, null, null, true)];
    withholdVotesBeyondMembers(votes, 21, 16, false, []);
    expect(counts(votes)).toEqual([[15, 0, 1, false, 'adopted'], [null, null, null, true, 'adopted']]);
  });

  it('near-misses: exactly the members voting; a joint meeting (two bodies vote); nothing stated to bound it', () => {
    const a = [vote(11, 0, 0)];
    withholdVotesBeyondMembers(a, 11, 9, false, []);
    const b = [vote(20, 3, 1)];
    withholdVotesBeyondMembers(b, 15, 13, true, []);
    const c = [vote(40, 3, 1)];
    withholdVotesBeyondMembers(c, null, null, false, []);
    expect([...counts(a), ...counts(b), ...counts(c)].map((v) => v[0])).toEqual([11, 20, 40]);
  });

  it('parseProtocol, Russian: "воздержались – 9" beside 21 members and 15 for', () => {
    const text = 'ПРОТОКОЛ № 3\n\nЧленов Совета – 21. Присутствуют 16 членов Совета.\n\n1. СЛУШАЛИ: План.\nГолосовали: за – 15, против – 0, воздержались – 9. Решение принято.\n';
    expect(counts(parseProtocol(text).votes)).toEqual([[null, null, null, null, 'adopted']]);
  });

  it('parseProtocol, Kazakh: "жақтап – 12, қарсы – 4" of 13 members', () => {
    const text = 'ХАТТАМА № 3\n\nКеңес құрамы – 13 мүше. Отырысқа 12 мүше қатысты.\n\n1. ТЫҢДАЛДЫ: Жоспар.\nДауыс беру: жақтап – 12, қарсы – 4, қалыс – 0. Шешім қабылданды.\n';
    expect(counts(parseProtocol(text).votes)).toEqual([[null, null, null, null, 'adopted']]);
  });
});
