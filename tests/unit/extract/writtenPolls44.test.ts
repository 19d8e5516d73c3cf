/**
 * Written polls and absentee voting (session 44, set 195's theme, from variants of my own): a poll's protocol names the
 * members whose sheets came in — they voted, none sat, so none is an attendee; its tally table's "Итого" is the sum, its
 * "Решение" the result; a count cell may carry the written votes inside it ("13 (оның ішінде жазбаша – 3)"); the body's size
 * is the members the sheets went to; the sheet's questions are the agenda.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { isWrittenPoll } from '../../../sources/extract/protocol/writtenPoll.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => `${v.for}/${v.against}/${v.abstain} ${v.unanimous} ${v.declared}`);

describe('a written poll is told by its title only', () => {
  it.each([
    ['ru, the genitive after the number', ['ПРОТОКОЛ № 3', 'заочного голосования (опросным путем)', 'г. Павлодар     14 марта 2025 года']],
    ['ru, a sitting held by correspondence', ['ПРОТОКОЛ № 7', 'внеочередного заседания Общественного совета,', 'проведенного в заочной форме', '12.05.2025']],
    ['kk, spaced out over its title word', ['С Ы Р Т Т А Й   Д А У Ы С   Б Е Р У', 'ХАТТАМАСЫ № 2', 'Орал қ.     28.01.2025 ж.']],
    ['kk, the results of the poll', ['СЫРТТАЙ ДАУЫС БЕРУ НӘТИЖЕЛЕРІ ТУРАЛЫ', 'ХАТТАМА № 6', 'Қызылорда қаласы     2024 жылғы 20 қараша']],
  ])('%s', (_, lines) => {
    expect(isWrittenPoll(lines)).toBe(true);
  });
  it.each([
    ['a sitting whose absent members voted in writing', ['ПРОТОКОЛ № 4', 'заседания Общественного совета', 'г. Уральск   05.06.2025', 'Присутствовали 9 членов, 2 проголосовали по опросным листам.']],
    ['kk: a sitting, the written votes in its text', ['ҚОҒАМДЫҚ КЕҢЕС', 'ОТЫРЫС ХАТТАМАСЫ № 2', 'Ақтау қ.   25.04.2024 ж.', 'Қатыспаған 3 мүше сауалнама парағымен сырттай дауыс берді, хаттамаға қоса тіркелді.']],
    ['an agenda item on holding a poll', ['ПРОТОКОЛ № 5', 'заседания Совета', '10.02.2025', 'ПОВЕСТКА ДНЯ:', '1. О проведении заочного голосования по плану работы.']],
  ])('not %s', (_, lines) => {
    expect(isWrittenPoll(lines)).toBe(false);
  });
});

describe('a written poll\'s protocol', () => {
  const KK_POLL = [
    'Павлодар облысы жолаушылар көлігі басқармасы жанындағы Қоғамдық кеңес',
    'СЫРТТАЙ ДАУЫС БЕРУ ХАТТАМАСЫ № 2', '', 'Павлодар қ.                    14.03.2025 ж.', '',
    'Кеңестің 11 мүшесіне 2025 жылғы 3 наурызда сауалнама парағы жолданды. 9 парақ қайтарылды.', '',
    'Сұрақтар:', ' 1-сұрақ. Кеңестің жұмыс жоспарын бекіту.', ' 2-сұрақ. Мониторинг тобын құру туралы.', '',
    '№ | Кеңес мүшесі        | Парақ түскен күн | 1 | 2', '1 | Ахметов Б.Н.        | 05.03.2025 | Ж | Ж', '2 | Серікова А.Қ.       | 06.03.2025 | Ж | Қ',
    '3 | Жұмабаев Е.Т.       | 06.03.2025 | Ж | Ж', '', 'Дауыс беру қорытындысы:',
    '1-сұрақ – жақтағандар 9, қарсылар жоқ, қалыс қалғандар жоқ. Бірауыздан бекітілді.', '2-сұрақ – 6 жақтап, 2 қарсы, 1 қалыс. Шешім қабылданды.',
  ].join('\n');

  it('kk: the members named with their sheets are no attendees; the council\'s size from the sheets sent; the questions its agenda', () => {
    const x = parseProtocol(KK_POLL);
    expect([x.attendees.length, x.attendees_listed, x.present]).toEqual([0, false, null]);
    expect(x.members_total).toBe(11);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(votes(KK_POLL)).toEqual(['9/0/0 true adopted', '6/2/1 false adopted']);
  });
  it('kk: the same table at a sitting is its attendance (the rule is the poll\'s alone)', () => {
    const sitting = KK_POLL.replace('СЫРТТАЙ ДАУЫС БЕРУ ХАТТАМАСЫ № 2', 'КЕҢЕС ОТЫРЫСЫНЫҢ ХАТТАМАСЫ № 2');
    expect(parseProtocol(sitting).attendees.length).toBeGreaterThan(0);
  });

  it('ru: the tally table\'s "Итого" is the sum, "Решение" the result; "всех 15 членов Совета" its size', () => {
    const text = [
      'ПРОТОКОЛ № 3', 'заочного голосования (опросным путем)', 'г. Семей                 14 марта 2025 года', '',
      'Опросные листы направлены 04.03.2025 на электронные адреса всех 15 членов Совета.', '',
      '3. Вопросы, поставленные на голосование:', '1) Об одобрении Плана работы Совета на 2025 год.', '2) О предложении перенести выездное заседание.',
      '4. Итоги голосования (учтены 12 действительных листов):', '',
      'Вопрос\tЗа\tПротив\tВоздержались\tИтого\tРешение', '1\t12\t0\t0\t12\tпринято единогласно', '2\t4\t7\t1\t12\tне принято',
    ].join('\n');
    const x = parseProtocol(text);
    expect(x.members_total).toBe(15);
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2]);
    expect(votes(text)).toEqual(['12/0/0 true adopted', '4/7/1 false rejected']);
  });
  it('ru: "голосами всех 12 членов Совета, присутствующих на заседании" is no size of the council', () => {
    const text = ['ПРОТОКОЛ № 4', 'заседания Общественного совета', '05.06.2025', '', 'Решение принято голосами всех 12 членов Совета, присутствующих на заседании.'].join('\n');
    expect(parseProtocol(text).members_total).toBeNull();
  });
  it('kk: sheets sent to the members who missed a sitting are no size of the council', () => {
    const text = ['ОТЫРЫС ХАТТАМАСЫ № 4', '05.06.2025 ж.', '', 'Отырысқа қатыспаған кеңестің 3 мүшесіне сауалнама парағы жіберілді.'].join('\n');
    expect(parseProtocol(text).members_total).toBeNull();
  });
});

describe('a count with the written votes inside it', () => {
  const table = (a: string, b: string) => [
    'ПРОТОКОЛ № 2', 'заседания Общественного совета', '25.04.2024', '', 'Результаты голосования',
    'Вопрос\tЗа\tПротив\tВоздержались\tРешение', `1. План мероприятий\t${a}\t–\t–\tпринято`, `2. Проект правил\t${b}\t3 (в т.ч. письменно – 1)\t1\tпринято`,
  ].join('\n');
  it('ru and kk: the whole is the count, its part none of its own', () => {
    expect(votes(table('13 (оның ішінде жазбаша – 3)', '9 (в том числе по опросным листам – 2)'))).toEqual(['13/0/0 false adopted', '9/3/1 false adopted']);
  });
  it('a part larger than its whole is no count', () => {
    expect(parseProtocol(table('3 (из них письменно – 13)', '9')).votes[0].for).toBeNull();
  });
});

describe('a decision taken without a vote of its own is no vote (set 199)', () => {
  const sitting = (line: string) => ['ПРОТОКОЛ № 6', 'заседания Общественного совета', '24.09.2026', '',
    '1. СЛУШАЛИ: о плане на IV квартал.', 'Предложение включить в план выездное заседание поставлено на голосование:',
    'за – 5, против – 6, воздержались – 1. Предложение не принято.', line].join('\n');
  it.each(['План утверждён в предложенной редакции без отдельного голосования.', 'Жоспар жеке дауыс берусіз бекітілді.'])('%s', (line) => {
    expect(votes(sitting(line))).toEqual(['5/6/1 false rejected']);
  });
  it('"утверждён единогласно" after it is a vote', () => {
    expect(votes(sitting('План утверждён единогласно.'))).toHaveLength(2);
  });
});
