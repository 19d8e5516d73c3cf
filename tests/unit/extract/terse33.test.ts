/**
 * Terse protocols (session 33, seen in set 109 at the session's end): a form's bare field of the body's size ("Состав: 17",
 * "Құрамы / Состав: 17" — readStatedCounts BARE_COMPOSITION); a vote line naming its own question is never taken for the
 * translation of the vote above it in the other language ("Повестка: 14/0/0 – принято." / "2-мәселе: Бірауыздан."), and a
 * line naming its question with the word for all after the label's colon is a vote of its own, however long its label
 * (readVotes: sameQuestionLabel, QUESTION_LABEL); "(все очно)", "(барлығы бетпе-бет)" in brackets after those present: none
 * online (readStatedCounts ALL_IN_PERSON).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 9', '02.12.2026', ...lines].join('\n'));
const votesOf = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('the body\'s size as a bare field of the head', () => {
  it.each(['Состав: 17', 'Құрамы: 17', 'Құрамы / Состав: 17', 'Состав: 17 членов.', 'Құрамы – 17 мүше'])('%s', (line) => {
    expect(protocol([line, 'Присутствовали: 14']).members_total).toBe(17);
  });
  it.each(['Состав: 17 человек, из них 3 приглашенных', 'Состав рабочей группы: 5', 'Состав президиума утвержден: 5 членов'])('near miss: %s', (line) => {
    expect(protocol([line, 'Присутствовали: 14']).members_total).not.toBe(17);
  });
});

describe('a vote line naming its own question', () => {
  it('kk after ru, two questions: two votes, not a vote and its translation', () => {
    expect(votesOf(['Присутствовали: 14', 'Голосование (за/против/возд.):', 'Повестка: 14/0/0 – принято.', '2-мәселе: Бірауыздан.']))
      .toEqual([[14, 0, 0, false, 'adopted'], [null, null, null, true, null]]);
  });
  it('a long label, then the word for all in both languages: a vote of its own', () => {
    expect(votesOf([
      'Присутствовали: 14', 'Дауыс беру / Голосование (жақтап/қарсы/қалыс – за/против/возд.):',
      '1-мәселе / Вопрос 1: 12/0/2 – қабылданды / принято.',
      '2-мәселе, жоспар тұтастай / план в целом: Бірауыздан / Единогласно.',
    ])).toEqual([[12, 0, 2, false, 'adopted'], [null, null, null, true, null]]);
  });
  it('near miss: the same question in the other language on the next line is one vote', () => {
    expect(votesOf(['Присутствовали: 14', '1-мәселе: Бірауыздан қабылданды.', 'Вопрос 1: Принято единогласно.'])).toEqual([[null, null, null, true, 'adopted']]);
    expect(votesOf(['Присутствовали: 14', 'Дауыс беру: жақтап – 14, қарсы – 0, қалыс – 0.', 'Голосование: за – 14, против – 0, воздержались – 0.'])).toHaveLength(1);
  });
});

describe('everyone present in the room, said in brackets', () => {
  it.each([
    'Присутствовали: 10 членов Совета из 13 (все очно).',
    'Отырысқа 13 мүшенің 10-ы қатысты (барлығы бетпе-бет).',
  ])('%s: none online', (line) => {
    expect(protocol([line]).online).toBe(0);
  });
  it.each([
    'Присутствовали: 10 членов Совета из 13 (все очно, кроме Ким А.Б. – онлайн).',
    'Отырысқа 13 мүшенің 10-ы қатысты (барлығы бетпе-бет, Ким А.Б.-дан басқа).',
    'Присутствовали: 10 членов Совета из 13 (все на месте).',
  ])('near miss: %s', (line) => {
    expect(protocol([line]).online).toBeNull();
  });
});
