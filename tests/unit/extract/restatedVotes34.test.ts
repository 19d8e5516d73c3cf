/**
 * A vote told again is one vote (set 116, seen at session 34's end; variants of my own): the decision under the counts
 * restating them ("ШЕШІМ: … 9 дауыспен қабылданды", "РЕШИЛИ: … единогласно (12 голосов)"), and a closing list of the
 * decisions with their counts in the same order ("ПОСТАНОВИЛИ: 1. … (за – 11, …)"). Near misses: two questions voted alike,
 * a decision giving another count, one vote repeated at the end.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 5', '', 'Повестка дня:', '1. О плане.', '2. О бюджете.', '3. Разное.', '', ...lines].join('\n')).votes
  .map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a vote told again', () => {
  it('kk: the decision restating the count under the vote', () => {
    expect(votes(['1. ТЫҢДАЛДЫ: Омаров А.', 'Дауыс беру: жақтап – 9; қарсы – 1; қалыс – 1.', 'ШЕШІМ: ақпарат назарға алынсын, 9 дауыспен қабылданды.']))
      .toEqual([[9, 1, 1, 'adopted']]);
  });
  it('ru: a closing list of the decisions with their counts', () => {
    expect(votes([
      '1. СЛУШАЛИ: Иванова И.И.', 'ГОЛОСОВАЛИ: за – 11, против – 0, воздержались – 0.', '',
      '2. СЛУШАЛИ: Петрова П.П.', 'ГОЛОСОВАЛИ: за – 8, против – 2, воздержались – 1. Принято.', '',
      'ПОСТАНОВИЛИ:', '1. Информацию принять к сведению (за – 11, против – 0, воздержались – 0).', '2. План одобрить (за – 8, против – 2, воздержались – 1).',
    ])).toEqual([[11, 0, 0, null], [8, 2, 1, 'adopted']]);
  });
});

describe('near misses: votes that are not told again', () => {
  it('two questions voted alike, each under its own section', () => {
    expect(votes(['1. СЛУШАЛИ: Иванова И.И.', 'ГОЛОСОВАЛИ: за – 11, против – 0, воздержались – 0.', '2. СЛУШАЛИ: Петрова П.П.', 'ГОЛОСОВАЛИ: за – 11, против – 0, воздержались – 0.'])).toHaveLength(2);
  });
  it('a decision giving another count is another vote', () => {
    expect(votes(['1. СЛУШАЛИ: Омаров А.', 'Голосовали: за – 9, против – 1, воздержались – 1.', 'Поправка Ким О.О.: за – 4, против – 6.'])).toHaveLength(2);
  });
  it('one vote repeated at the end is left (a single pair may be two questions voted alike)', () => {
    expect(votes(['1. СЛУШАЛИ: Иванова И.И.', 'ГОЛОСОВАЛИ: за – 11, против – 0, воздержались – 0.', '', 'Разное.', 'По предложению о выездном заседании: за – 11, против – 0, воздержались – 0.'])).toHaveLength(2);
  });
});
