/**
 * Held-out set 131 (ordinals and serial numbers beside counts): its bilingual PDF protocol read whole — a vote table whose
 * bilingual header's cells came a space apart ("Жақтап / За Қарсы / Против Қалыс / Воздерж. Нәтиже / Итог"), a decision's
 * line closed by the word for all in both languages however long the decision ("… на 11-м заседании. Бірауыздан /
 * Единогласно."), and an attendance table's row whose reason cell lost its tab ("10 Төлегенова Ж.М. демалыста / в отпуске").
 * Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votesOf = (lines: string[]) => parseProtocol(lines.join('\n')).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);
const HEAD = ['№ 5 ХАТТАМА / ПРОТОКОЛ № 5', 'Көксу ауданының Қоғамдық кеңесі / Общественный совет Коксуского района', 'Балпық би ауылы / с. Балпык би 12.03.2026'];

describe('a vote table\'s bilingual header, its cells a space apart', () => {
  it('"Жақтап / За Қарсы / Против Қалыс / Воздерж. Нәтиже / Итог" over "7 ⇥ 1 ⇥ 0 ⇥ қабылданды / принято"', () => {
    expect(votesOf([...HEAD, '1. Тыңдалды / Слушали: Омаров А.Б.', 'Жақтап / За Қарсы / Против Қалыс / Воздерж. Нәтиже / Итог', '7\t1\t0\tқабылданды / принято'])).toEqual([[7, 1, 0, false, 'adopted']]);
  });
  it('the other language first, no result column: "За / Жақтап Против / Қарсы Воздержались / Қалыс"', () => {
    expect(votesOf([...HEAD, '1. Слушали: Омаров А.Б.', 'За / Жақтап Против / Қарсы Воздержались / Қалыс', '4 3 2'])).toEqual([[4, 3, 2, false, null]]);
  });
  it('near miss: a slash between two columns\' labels is no translation ("За / Против" is no header of one column)', () => {
    const votes = votesOf([...HEAD, '1. Слушали: Омаров А.Б.', 'За / Против Воздержались Итог', '4 3 2 принято']);
    expect(votes.some((v) => v[0] === 4 && v[1] === 3)).toBe(false);
  });
});

describe('a decision\'s line closed by the word for all, in one language or both', () => {
  it('Kazakh / Russian: "Шешім / Решили: … на 11-м заседании. Бірауыздан / Единогласно."', () => {
    const votes = votesOf([...HEAD, '1. Тыңдалды / Слушали: Омаров А.Б.', 'Шешім / Решили: жобаны 11-ші отырыста бекіту / утвердить на 11-м заседании. Бірауыздан / Единогласно.']);
    expect(votes).toHaveLength(1);
    expect(votes[0][3]).toBe(true);
  });
  it('Russian, a long decision: "РЕШИЛИ: … с учётом замечаний, высказанных на заседании. Единогласно."', () => {
    const votes = votesOf([...HEAD, '1. Слушали: Омаров А.Б.', 'РЕШИЛИ: утвердить план работы Совета на 2027 год с учётом замечаний, высказанных членами Совета на заседании. Единогласно.']);
    expect(votes).toHaveLength(1);
    expect(votes[0][3]).toBe(true);
  });
  it('near miss: "единогласно" inside the decision is no vote ("… единогласно поддержанную жителями инициативу …")', () => {
    expect(votesOf([...HEAD, '1. Слушали: Омаров А.Б.', 'РЕШИЛИ: рекомендовать акимату рассмотреть единогласно поддержанную жителями села инициативу о ремонте дороги и сообщить Совету.'])).toEqual([]);
  });
});

describe('an attendance table\'s row whose reason lost its tab', () => {
  const table = (row: string) => [
    ...HEAD, 'Кеңес мүшелері – 4 / Членов Совета – 4.', '№ Аты-жөні / ФИО\tҚатысуы / Участие',
    '1 Омаров А.Б.\tқатысты / присутствовал', '2 Серікова Д.Н.\tқатысты / присутствовала', '3 Ким В.Г.\tқатысты / присутствовал', row,
    '', 'Күн тәртібі / Повестка дня:', '1. Жол туралы / О дорогах.',
  ];
  it('Kazakh / Russian reason: "4 Төлегенов Ж.М. демалыста / в отпуске"', () => {
    const x = parseProtocol(table('4 Төлегенов Ж.М. демалыста / в отпуске').join('\n'));
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Төлегенов Ж.М.', true]]);
  });
  it('Russian reason after a preposition: "4 Орлов П.С. в командировке"', () => {
    const x = parseProtocol(table('4 Орлов П.С. в командировке').join('\n'));
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Орлов П.С.', true]]);
  });
});
