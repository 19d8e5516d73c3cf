/**
 * Classes of session 31: a result said on its own line, its counts in a bracket on the next ("… / решение принято" over
 * "(жақ / за – 14 / …)." — set 83's Almaly); a Word table's dashed sub-rows ("– из них от гражданского общества") and a bare
 * "Комиссий" right under the members' rows (set 83's Bostandyk).
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a result over its counts in a bracket on the next line: the bracket\'s result', () => {
  it.each([
    ['ru, no stop', 'Решение принято\n(за – 10, против – 1, воздержались – 0).', [[10, 1, 0, 'adopted']]],
    ['ru, a stop', '1. Слушали: о бюджете.\nРешение принято.\n(за – 10, против – 1, воздержались – 0).', [[10, 1, 0, 'adopted']]],
    ['kk, rejected', 'Шешім қабылданбады\n(жақ – 4, қарсы – 7, қалыс – 0).', [[4, 7, 0, 'rejected']]],
    ['both languages', 'По повестке / Күн тәртібі бойынша: решение принято / шешім қабылданды\n(за / жақ – 9 / против / қарсы – 0 / воздержались / қалыс – 1).', [[9, 0, 1, 'adopted']]],
  ])('%s', (_, text, expected) => {
    expect(votes(text)).toEqual(expected);
  });
  it('near-miss: a vote of its own above (its numbers) lends the bracket below no result', () => {
    expect(votes('Решение принято (за – 12, против – 0).\n(за – 9, против – 1).')).toEqual([[12, 0, null, 'adopted'], [9, 1, null, null]]);
  });
  it('near-miss: a sentence with a number above ("принято в 2024 году") is no result of the bracket', () => {
    expect(votes('Выступил Иванов: предложение принято в 2024 году на сессии.\n(за – 9, против – 1).').at(-1)).toEqual([9, 1, null, null]);
  });
});

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();
/** A Word table as the .docx reader gives it: a cell a line, each opening with a tab. */
const wordTable = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');

describe('a Word table\'s rows: "– из них …" under the members\' row, a bare "Комиссий" / "Комиссиялар"', () => {
  it('ru: the dashed sub-rows are the members\' parts, "Комиссий" their count', () => {
    const text = `Отчёт за I квартал 2026 года\n\n${wordTable([['Показатель', 'I кв. 2026'], ['Членов Совета', '25'], ['– из них от гражданского общества', '21'], ['– из них от государственных органов', '4'], ['Комиссий', '4'], ['Заседаний Совета', '2']])}`;
    expect(figures(text)).toEqual(['commissions=4', 'general_meetings=2', 'members_civil=21', 'members_state=4', 'members_total=25']);
  });
  it('kk: "• оның ішінде …" sub-rows, "Комиссиялар"', () => {
    const text = `2025 жылғы есеп\n\n${wordTable([['Көрсеткіш', '2025 жыл'], ['Кеңес мүшелерінің саны', '17'], ['• оның ішінде азаматтық қоғам өкілдері', '15'], ['• оның ішінде мемлекеттік органдар өкілдері', '2'], ['Комиссиялар', '3']])}`;
    expect(figures(text)).toEqual(['commissions=3', 'members_civil=15', 'members_state=2', 'members_total=17']);
  });
  it('near-miss: "комиссий" as a sub-row of the meetings\' row is no count of commissions', () => {
    const text = `Отчёт за 2025 год\n\n${wordTable([['Показатель', '2025 год'], ['Проведено заседаний', '9'], ['– из них комиссий', '6'], ['Членов Совета', '25']])}`;
    expect(figures(text)).not.toContain('commissions=6');
  });
});

describe('a bare "Комиссий" row right under the members\' rows goes on with the composition', () => {
  it('ru: a table typed with pipes', () => {
    expect(figures('Отчёт за 2025 год\n\n| Показатель | 2025 |\n| Членов Совета | 19 |\n| Комиссии | 3 |\n| Заседаний Совета | 4 |')).toEqual(['commissions=3', 'general_meetings=4', 'members_total=19']);
  });
  it('near-miss: "Комиссий" under a row of meetings is no count of commissions', () => {
    expect(figures('Отчёт за 2025 год\n\n| Показатель | 2025 |\n| Заседаний Совета | 4 |\n| Комиссий | 9 |')).not.toContain('commissions=9');
  });
});

describe('a protocol issued again in a new edition: the edition\'s day is never the meeting\'s', () => {
  it.each([
    ['ПРОТОКОЛ № 7\n(в редакции от 04.11.2026)\n\nДата заседания: 28.10.2026', '2026-10-28'],
    ['ХАТТАМА № 3\n2026 жылғы 12 наурыздағы редакциясы\nОтырыс 2026 жылғы 5 наурызда өтті.', '2026-03-05'],
    ['ПРОТОКОЛ № 3\nИсправленная редакция от 4 ноября 2026 г.\n28 октября 2026 года', '2026-10-28'],
  ])('%s', (text, date) => {
    expect(parseProtocol(text).date).toBe(date);
  });
  it('near-miss: "в редакции" of a law named in the head leaves the meeting\'s date first', () => {
    expect(parseProtocol('ПРОТОКОЛ № 2\n15 мая 2026 года\nО проекте закона (в редакции от 01.04.2026)').date).toBe('2026-05-15');
  });
});

describe('a table\'s cell "15 (9 / 6)" beside a label naming the parts in its bracket', () => {
  const media = (text: string) => parseReport(text).media.map((m) => `${m.platform}=${m.publications}`).sort();
  it('kk: a Word table, Instagram / Facebook', () => {
    const text = `Кеңестің 2026 жылғы I тоқсандағы жұмысы туралы есеп\n\n${wordTable([['Көрсеткіш', '2026 ж. I тоқсан', '2025 ж. I тоқсан'], ['Кеңес отырыстары', '2', '1'], ['Комиссия отырыстары', '4', '3'], ['Мониторингтер', '3', '2'], ['Жарияланымдар (Instagram / Facebook)', '15 (9 / 6)', '11 (11 / –)']])}`;
    expect(figures(text)).toEqual(['commission_meetings=4', 'general_meetings=2', 'monitorings=3', 'publications=15']);
    expect(media(text)).toEqual(['facebook=6', 'instagram=9']);
  });
  it('ru: a pipe table, three platforms, a dash for none', () => {
    const text = 'Отчёт за 2025 год\n\n| Показатель | 2025 |\n| Заседания Совета | 4 |\n| Публикации (сайт / Telegram / Instagram) | 30 (12 / 18 / –) |';
    expect(figures(text)).toContain('publications=30');
    expect(media(text)).toEqual(['instagram=0', 'telegram=18', 'website=12']);
  });
  it('near-miss: parts that do not sum to the count are not read as its split (the count stays)', () => {
    const text = 'Отчёт за 2025 год\n\n| Показатель | 2025 |\n| Заседания Совета | 4 |\n| Публикации (сайт / Telegram) | 30 (12 / 10) |';
    expect(figures(text)).toContain('publications=30');
    expect(media(text)).toEqual([]);
  });
});

describe('"Алынған жауаптар" / "Полученные ответы" right under the letters\' row: the letters answered', () => {
  it.each([
    ['kk', `2025 жылғы есеп\n\n${wordTable([['Көрсеткіш', '2025 жыл'], ['Кеңес отырыстары', '4'], ['Мониторингтер', '7'], ['Жіберілген хаттар', '6'], ['Алынған жауаптар', '5']])}`],
    ['ru', 'Отчёт за 2025 год\n\n| Показатель | 2025 |\n| Направлено писем | 6 |\n| Полученные ответы | 5 |'],
  ])('%s', (_, text) => {
    expect(figures(text).filter((f) => f.startsWith('letters'))).toEqual(['letters_answered=5', 'letters_sent=6']);
  });
});

describe('a sentence of the count present, closed by a colon, heads the list of those present', () => {
  const attendance = (text: string) => {
    const p = parseProtocol(text);
    return { present: p.present, attendees: p.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`), absentees: p.absentees.length };
  };
  it('ru: "На заседании 3 членов Совета, в том числе 1 онлайн:" over a numbered list', () => {
    expect(attendance('ПРОТОКОЛ № 2\n15 мая 2026 года\n\nВсего членов Совета – 5.\nНа заседании 3 члена Совета, в том числе 1 по видеосвязи:\n1. Абенов Ерлан Маратович – председатель\n2. Волкова Ирина Андреевна (онлайн)\n3. Жумабаев Санжар Ерикович\n\nОтсутствовали (2):\nКим О.В. – командировка;\nЛи А.С. – болезнь.\n'))
      .toEqual({ present: 3, attendees: ['Абенов Ерлан Маратович', 'Волкова Ирина Андреевна (online)', 'Жумабаев Санжар Ерикович'], absentees: 2 });
  });
  it('kk: "Отырыста Кеңестің 3 мүшесі:" over a list', () => {
    expect(attendance('ХАТТАМА № 4\n2026 жылғы 12 наурыз\n\nКеңес мүшелері – 4.\nОтырыста Кеңестің 3 мүшесі бар:\n– Абенов Е.М.\n– Сейітова А.Б.\n– Жұмабаев С.Е.\n\nҚатыспағандар: Ким О.В. – іссапар.\n').attendees)
      .toEqual(['Абенов Е.М.', 'Сейітова А.Б.', 'Жұмабаев С.Е.']);
  });
  it('the count alone, no list: "На заседании 13 членов Совета из 15, в том числе 2 онлайн."', () => {
    const p = parseProtocol('ПРОТОКОЛ № 2\n15 мая 2026 года\n\nНа заседании 13 членов Совета из 15, в том числе 2 онлайн.\n');
    expect([p.members_total, p.present, p.online]).toEqual([15, 13, 2]);
  });
  it('near-miss: "На заседании 3 члена Совета выступили с докладами." counts speakers, not those present', () => {
    expect(parseProtocol('ПРОТОКОЛ № 2\n15 мая 2026 года\n\nНа заседании 3 члена Совета выступили с докладами.\n').present).toBeNull();
  });
  it('near-miss: "На заседании рассмотрено 3 вопроса:" heads the agenda, not those present', () => {
    expect(attendance('ПРОТОКОЛ № 2\n15 мая 2026 года\n\nНа заседании рассмотрено 3 вопроса:\n1. О бюджете.\n2. О плане.\n3. Разное.\n').attendees).toEqual([]);
  });
});

describe('a list of events whose line breaks were lost, run in after its label ("Отдельные мероприятия: 26.03 – …; 14.05 – …")', () => {
  const acts = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);
  it('ru: three entries after "Отдельные мероприятия:"', () => {
    expect(acts('Отчёт за I полугодие 2026 года\n\nОтдельные мероприятия: 26.03.2026 – круглый стол «Экология»; 14.05.2026 – общественные слушания по бюджету; 21.05.2026 – мониторинг школ.'))
      .toEqual(['round_table 2026-03-26', 'public_hearing 2026-05-14', 'monitoring 2026-05-21']);
  });
  it('kk: two entries after "Іс-шаралар:"', () => {
    expect(acts('Кеңестің 2026 жылғы есебі\n\nІс-шаралар: 12.02.2026 – мониторинг емханалар; 19.03.2026 – дөңгелек үстел «Жастар».')).toEqual(['monitoring 2026-02-12', 'round_table 2026-03-19']);
  });
  it('near-miss: a plan\'s label ("Планируемые мероприятия:") holds no event held', () => {
    expect(acts('Отчёт за 2026 год\n\nПланируемые мероприятия: 26.03.2026 – круглый стол «Экология»; 14.05.2026 – общественные слушания по бюджету.')).toEqual([]);
  });
});

describe('a joint sitting: the other body\'s people and its vote are none of the council\'s', () => {
  const base = 'ПРОТОКОЛ № 3\n10 сентября 2026 года\n\nПрисутствовали члены Совета (3 из 4):\n1. Абенов Е.М.\n2. Волкова И.А.\n3. Жумабаев С.Е.\n';
  it('ru: "От маслихата:" lists deputies, no attendees; "Депутаты маслихата поддержали единогласно" no vote', () => {
    const p = parseProtocol(`${base}От маслихата: депутаты Иванов И.И., Петров П.П.\n\n1. СЛУШАЛИ: о школах.\nЧлены Совета голосовали: за – 3, против – 0.\nДепутаты маслихата поддержали рекомендации единогласно.\n2. СЛУШАЛИ: о больнице.\nЕдиногласно.\n`);
    expect(p.attendees.map((a) => a.name)).toEqual(['Абенов Е.М.', 'Волкова И.А.', 'Жумабаев С.Е.']);
    expect(p.votes.map((v) => [v.for, v.unanimous])).toEqual([[3, false], [null, true]]);
  });
  it('kk: "Мәслихат комиссиясынан:" and "(Мәслихат комиссиясының 4 депутаты … бірауыздан қолдады …)"', () => {
    const p = parseProtocol('ХАТТАМА № 6\n2026 жылғы 9 қыркүйек\n\nҚатысқандар:\n1. Ермекова А.С.\n2. Төлеуов М.С.\nМәслихат комиссиясынан: депутаттар Жанқұлов Е.С., Мұқашева А.Р.\n\n1. ТЫҢДАЛДЫ: мектептер туралы.\nКеңес мүшелері дауыс берді: жақтап – 2, қарсы – 0.\n(Мәслихат комиссиясының 2 депутаты қорытындыны бірауыздан қолдады.)\n');
    expect(p.attendees.map((a) => a.name)).toEqual(['Ермекова А.С.', 'Төлеуов М.С.']);
    expect(p.votes).toHaveLength(1);
  });
  it('near-miss: "Члены Совета и депутаты маслихата проголосовали единогласно" is the council\'s vote too', () => {
    expect(parseProtocol(`${base}\n1. СЛУШАЛИ: о школах.\nЧлены Совета и депутаты маслихата проголосовали единогласно.\n`).votes.map((v) => v.unanimous)).toEqual([true]);
  });
});

describe('a sentence after the last name saying nobody joined online marks no one online', () => {
  it.each([
    ['kk', 'ХАТТАМА № 2\n2026 жылғы 19 тамыз\n\nКеңестің 5 мүшесінің 3-і қатысты: Ғұмаров С.Қ., Жексенова Д.М.,\nНұрмұхамбетов Б.С. Бейнебайланыс арқылы қосылған мүше жоқ.\n'],
    ['ru', 'ПРОТОКОЛ № 2\n19 августа 2026 года\n\nПрисутствовали: Гумаров С.К., Жексенова Д.М., Нурмухамбетов Б.С. Онлайн-участников нет.\n'],
  ])('%s', (_, text) => {
    expect(parseProtocol(text).attendees.filter((a) => a.online)).toEqual([]);
  });
  it('near-miss: "Нурмухамбетов Б.С. (онлайн)" is online', () => {
    expect(parseProtocol('ПРОТОКОЛ № 2\n19 августа 2026 года\n\nПрисутствовали: Гумаров С.К., Нурмухамбетов Б.С. (онлайн).\n').attendees.filter((a) => a.online).map((a) => a.name)).toEqual(['Нурмухамбетов Б.С.']);
  });
});
