// Classes of held-out set 143 (reports written as a chronicle, month by month; protocols of the sittings they name,
// recalling earlier sittings by month).
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { withoutRecalledSittings } from '../../../sources/extract/protocol/withoutRecalledSittings.ts';

const protocol = (body: string, date = '24 июня 2026 года') =>
  parseProtocol(`ПРОТОКОЛ № 4\nзаседания Общественного совета\n\n${date}\n\nИз 13 членов Совета присутствуют 11.\n\n${body}`);

describe('another sitting recalled by its month in the middle of a sentence gives no vote nor attendance', () => {
  it.each([
    // The set's sentence (one per class).
    ['2. СЛУШАЛИ: Исмаилова Р.Т. о проекте Правил. Напомнил, что на мартовском заседании\nаналогичный проект был возвращён на доработку (тогда «за» было 5 голосов из 12).\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. СЛУШАЛИ: Петрова А.А. На февральском заседании этот вопрос уже обсуждался, «за» тогда проголосовали 6 членов.\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. СЛУШАЛИ: Петрова А.А. о тарифе (на заседании в апреле против было 4 голоса, воздержались 2).\nГолосовали: за – 8, против – 2, воздержались – 1. Решение принято.\n'],
    ['2. ТЫҢДАЛДЫ: Ахметова Г.С. Мамыр айындағы отырыста бұл жобаны 5 мүше жақтаған, 6 мүше қарсы болған.\nДауыс беру: жақтап – 8, қарсы – 2, қалыс – 1. Шешім қабылданды.\n'],
    ['2. ТЫҢДАЛДЫ: Ахметова Г.С. Жоба наурыздағы отырыста талқыланып, 4 дауыс жақтап берілген еді.\nДауыс беру: жақтап – 8, қарсы – 2, қалыс – 1. Шешім қабылданды.\n'],
  ])('%s', (body) => {
    const x = protocol(body);
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[8, 2, 1]]);
    expect(x.present).toBe(11);
  });

  it('attendance of earlier sittings in a bracket beside this one\'s', () => {
    const x = protocol('Кворум имеется. (Напомним, на майском заседании присутствовали 10 членов, на мартовском – 12.)\n\nГолосовали: за – 11, против – нет, воздержались – нет.\n');
    expect(x.present).toBe(11);
    expect(x.votes.map((v) => v.for)).toEqual([11]);
  });

  it('blanks only the recalled clause, lines kept at their numbers', () => {
    const lines = ['Присутствуют 11 членов, на майском заседании присутствовали 10.', 'Далее.'];
    expect(withoutRecalledSittings(lines, '2026-06-24')).toEqual(['Присутствуют 11 членов,' + ' '.repeat(40), 'Далее.']);
    const kk = ['Отырысқа 9 мүше қатысты (шілдедегі отырыста 7 мүше қатысқан).'];
    expect(withoutRecalledSittings(kk, '2026-09-17')[0]).toMatch(/^Отырысқа 9 мүше қатысты \(\s+\)\.$/u);
  });

  it('near-miss: a sitting still to come is a plan, its sentence kept with this vote', () => {
    const x = protocol('3. СЛУШАЛИ: Нұрланова Д.Е.\nГолосовали: за – 3, против – 7, воздержались – 1; вопрос вернуть на августовском заседании.\n');
    expect(x.votes.map((v) => [v.for, v.against, v.abstain])).toEqual([[3, 7, 1]]);
    const kk = ['Шешім: 8 жақтап, 2 қарсы; мәселе қазан айындағы отырыста қайта қаралады.'];
    expect(withoutRecalledSittings(kk, '2026-09-17')).toEqual(kk);
  });

  it('near-miss: the protocol\'s own month is this sitting; a recall with no count (a date, a number) is kept', () => {
    const own = ['На июньском заседании присутствуют 11 членов.'];
    expect(withoutRecalledSittings(own, '2026-06-24')).toEqual(own);
    const noCount = ['Желтоқсан айындағы отырыста (24.12.2025) есептің жобасы талқыланған (хаттама № 9).'];
    expect(withoutRecalledSittings(noCount, '2026-02-11')).toEqual(noCount);
    const agenda = ['1. Об исполнении решений, принятых на мартовском заседании (протокол № 2).'];
    expect(withoutRecalledSittings(agenda, '2026-06-24')).toEqual(agenda);
  });
});
