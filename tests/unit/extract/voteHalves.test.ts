/**
 * Generic withholding (issue 12, session 17): one vote whose result and counts stand on lines next to each other, each
 * read as a vote of its own, is one vote — else every later vote moves onto the question after its own (set 49's
 * Astrakhan: "Ұсыныс қолдау таппады" over "(жақтағаны – 4, қарсы – 7, қалыс – 1).").
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { joinVoteHalves } from '../../../sources/extract/protocol/voteHalves.ts';
import type { LocatedVote } from '../../../sources/extract/protocol/readVoteTable.ts';

const told = (start: number, declared: 'adopted' | 'rejected', unanimous: boolean | null = false): LocatedVote =>
  ({ start, end: start, line: start + 1, for: null, against: null, abstain: null, unanimous, declared, text: 'result' });
const counted = (start: number, f: number, a: number, ab: number, declared: 'adopted' | 'rejected' | null = null): LocatedVote =>
  ({ start, end: start, line: start + 1, for: f, against: a, abstain: ab, unanimous: false, declared, text: '(за – …)' });
const shape = (votes: LocatedVote[]) => votes.map((v) => [v.line, v.for, v.against, v.abstain, v.declared, v.unanimous]);

describe('a vote read in two halves is one vote', () => {
  it('kk: the result, then its counts in brackets on the next line — one vote on the first line', () => {
    expect(shape(joinVoteHalves([counted(10, 11, 0, 1, 'adopted'), told(20, 'rejected'), counted(21, 4, 7, 1), counted(29, 10, 2, 0, 'adopted')])))
      .toEqual([[11, 11, 0, 1, 'adopted', false], [21, 4, 7, 1, 'rejected', false], [30, 10, 2, 0, 'adopted', false]]);
  });

  it('near-miss: counts above a result are two votes — the result may open the next question ("2. СЛУШАЛИ: … Принято единогласно.")', () => {
    expect(joinVoteHalves([counted(5, 6, 3, 0), told(6, 'adopted')])).toHaveLength(2);
  });

  it('near-miss: counts on a line of their own, not going on from the result ("Голосовали: за – 4 …"), are another vote', () => {
    expect(joinVoteHalves([told(5, 'rejected'), { ...counted(6, 4, 7, 1), text: 'Голосовали: за – 4, против – 7, воздержался – 1' }])).toHaveLength(2);
  });

  it('a result said unanimous beside counts with no one against: unanimous', () => {
    expect(shape(joinVoteHalves([told(5, 'adopted', true), counted(6, 9, 0, 0)]))).toEqual([[6, 9, 0, 0, 'adopted', true]]);
  });

  it('near-misses: a line between, counts that carry their own result, two results, a unanimous result beside votes against', () => {
    expect(joinVoteHalves([told(5, 'rejected'), counted(7, 4, 7, 1)])).toHaveLength(2);
    expect(joinVoteHalves([told(5, 'adopted'), { ...counted(6, 9, 0, 0, 'adopted'), text: '(за – 9, против – 0). Принято.' }])).toHaveLength(2);
    expect(joinVoteHalves([told(5, 'adopted'), told(6, 'adopted')])).toHaveLength(2);
    expect(joinVoteHalves([told(5, 'adopted', true), counted(6, 8, 1, 0)])).toHaveLength(2);
  });
});

describe('parseProtocol: a result over its counts in brackets is one vote', () => {
  const votesOf = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

  it('kk: "Ұсыныс қолдау таппады" / "(жақтағаны – 4, қарсы – 7, қалыс – 1)." between two votes', () => {
    const text = 'ХАТТАМА № 7\n\nДауыс беру қорытындысы: «жақтап» – 11, «қарсы» – 0, «қалыс» – 1. Шешім қабылданды.\n\nМүше мәселені кейінге қалдыруды ұсынды. Ұсыныс дауысқа қойылды. Ұсыныс қолдау таппады\n(жақтағаны – 4, қарсы – 7, қалыс – 1).\n\nШешім көпшілік дауыспен қабылданды: 10 – жақтап, 2 – қарсы.\n';
    expect(votesOf(text)).toEqual([[11, 0, 1, 'adopted'], [4, 7, 1, 'rejected'], [10, 2, null, 'adopted']]);
  });

  it('ru: "Предложение не поддержано" / "(за – 3, против – 8, воздержался – 1)."', () => {
    const text = 'ПРОТОКОЛ № 4\n\nГолосовали: за – 12, против – нет, воздержавшихся – нет. Решение принято.\n\nЧлен Совета предложил отложить вопрос. Предложение поставлено на голосование. Предложение не поддержано\n(за – 3, против – 8, воздержался – 1).\n';
    expect(votesOf(text)).toEqual([[12, 0, 0, 'adopted'], [3, 8, 1, 'rejected']]);
  });
});
