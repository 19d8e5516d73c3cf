/**
 * Protocols laid out as plain-text tables (set 129): counts on DOTTED LEADERS ("Отырысқа қатысқаны ........ 10"), registered
 * members counted after the members' count of the clause before, a count's aside in a tab cell of its own, vote tables in
 * fixed-width columns whose header names the question column (its labels and its questions wrapped onto a second line, its
 * result named over it), and "зал" for a member in the room. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { leaderAsDash } from '../../../sources/extract/protocol/leaderAsDash.ts';

const protocol = (lines: string[]) => parseProtocol(['ПРОТОКОЛ № 4', 'заседания Общественного совета', '12 марта 2026 г.', '', ...lines].join('\n'));
const counts = (lines: string[]) => {
  const p = protocol(lines);
  return { total: p.members_total, present: p.present, online: p.online };
};
const votes = (lines: string[]) => protocol(lines).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a count on a dotted leader', () => {
  it.each([
    [['Кеңес мүшелерінің жалпы саны ....................... 11', 'Отырысқа қатысқаны ................................. 9', '   оның ішінде онлайн ............................. 1'], 11, 9, 1],
    [['Всего членов Совета ........ 15', 'Присутствовали ............. 13', '  из них по видеосвязи ...... 2'], 15, 13, 2],
    [['Присутствовали ....... 12 из 15'], 15, 12, null],
    [['Члены Совета по списку …………… 17', 'Присутствуют на заседании …………… 14'], 17, 14, null],
    [['Отырысқа қатысқан мүшелер саны . . . . . . . . 8'], null, 8, null],
  ])('%j', (lines, total, present, online) => {
    expect(counts(lines)).toEqual({ total, present, online });
  });
  it.each([
    ['Төраға ................................ Сейітқұлов Б.Е.'],
    ['Иванов И.И. ........................... присутствовал'],
    ['Председатель ______________ Е. Тулеубаев'],
    ['Мыңжасар ... 12 жыл'],
  ])('near miss: %s — left as it is', (line) => {
    expect(leaderAsDash(line)).toBe(line);
  });
  it('no count of those present from the absent\'s leader', () => {
    expect(counts(['Всего членов Совета ........ 15', 'Отсутствовали ............... 3']).present).toBeNull();
  });
});

describe('a count of those present, then "of them" online with its own count after a dash', () => {
  it.each([
    [['Присутствовали – 13', 'из них по видеосвязи – 2'], 13, 2],
    [['Присутствовали ...... 12', '  из них в режиме онлайн ...... 3'], 12, 3],
  ])('%j: the count before "из них" is no count online', (lines, present, online) => {
    const c = counts(lines);
    expect([c.present, c.online]).toEqual([present, online]);
  });
  it('one line: "Присутствуют – 11 из них онлайн – 1." is 1 online, never 11', () => {
    expect(counts(['Присутствуют – 11 из них онлайн – 1.']).online).toBe(1);
  });
  it('near miss: "9 из которых … ZOOM" still counts those online', () => {
    expect(counts(['Присутствуют 30 членов из 39, 9 из которых подключились через ZOOM.']).online).toBe(9);
  });
});

describe('registered members after the members\' count of the clause before', () => {
  it.each([
    [['Членов Совета по списку – 15; зарегистрировались 12 (двое подключены к заседанию через Zoom).'], 15, 12],
    [['Кеңес мүшелерінің саны – 13, тіркелгені 10.'], 13, 10],
    [['Состав Совета – 19 членов; зарегистрировано 16.'], 19, 16],
  ])('%j', (lines, total, present) => {
    const c = counts(lines);
    expect([c.total, c.present]).toEqual([total, present]);
  });
  it.each([
    [['Членов Совета – 15; зарегистрировано 5 обращений.']],
    [['Кеңес мүшелерінің саны – 13, тіркелген өтініштер 4.']],
  ])('near miss: %j — no count of those present', (lines) => {
    expect(counts(lines).present).toBeNull();
  });
});

describe('a count\'s aside in a tab cell of its own', () => {
  it.each([
    [['Кеңес мүшелері / Членов Совета:\t13', 'Қатысты / Присутствуют:\t11\t(онлайн / онлайн: 1)'], 13, 11, 1],
    [['Членов Совета:\t21', 'Присутствуют:\t18\t(из них онлайн: 4)'], 21, 18, 4],
  ])('%j', (lines, total, present, online) => {
    expect(counts(lines)).toEqual({ total, present, online });
  });
});

describe('a fixed-width vote table whose header names the question column', () => {
  it('wrapped questions are one vote each, a rejected row read', () => {
    expect(votes([
      'Вопрос                         За   Против   Воздерж.   Решение',
      '-----------------------------  ---  -------  ---------  -----------',
      'Утверждение повестки дня        9        0          0  принято',
      '1. Об исполнении бюджета        8        0          1  принято',
      '   района за 2025 год',
      '2. О выездном заседании         3        5          1  не принято',
      '   в с. Сортобе',
      '-----------------------------  ---  -------  ---------  -----------',
      '',
      'Председатель   ________   А. Ахметов',
    ])).toEqual([[9, 0, 0, 'adopted'], [8, 0, 1, 'adopted'], [3, 5, 1, 'rejected']]);
  });
  it('Kazakh: "Мәселе | Жақтап | Қарсы | Қалыс | Шешім"', () => {
    expect(votes([
      'Мәселе                            Жақтап   Қарсы   Қалыс   Шешім',
      '--------------------------------  ------   -----   -----   ------------',
      'Күн тәртібін бекіту                   11       0       0   қабылданды',
      '1. Ауыз су сапасы туралы              10       1       0   қабылданды',
      '   ақпарат',
      '2. Жұмыс жоспары                       4       6       1   қабылданбады',
    ])).toEqual([[11, 0, 0, 'adopted'], [10, 1, 0, 'adopted'], [4, 6, 1, 'rejected']]);
  });
  it('a header over two levels, its label wrapped ("воздер-" / "жались"), its result named over it', () => {
    expect(votes([
      'Итоги голосования:',
      '                                    Голоса                    Решение',
      'Вопрос                      ---------------------------',
      '                             за    против    воздер-',
      '                                             жались',
      '--------------------------  ----  --------  ---------  ----------------',
      'Повестка дня                  12         0          0  принято',
      '1. Отчёт отдела               11         0          1  принято',
      '   образования',
      '--------------------------  ----  --------  ---------  ----------------',
      'По второму вопросу проголосовали единогласно, решение принято.',
    ])).toEqual([[12, 0, 0, 'adopted'], [11, 0, 1, 'adopted'], [null, null, null, 'adopted']]);
  });
  it('near miss: the text under the closing rule is no row', () => {
    const v = votes([
      'Вопрос                         За   Против   Воздерж.   Решение',
      '-----------------------------  ---  -------  ---------  -----------',
      'Утверждение повестки дня        9        0          0  принято',
      '-----------------------------  ---  -------  ---------  -----------',
      'Отремонтировано 14 км  дорог в 9  населённых пунктах.',
    ]);
    expect(v).toEqual([[9, 0, 0, 'adopted']]);
  });
  it('near miss: rows opening with a bare number are read as before', () => {
    expect(votes([
      'Вопрос   За   Против   Воздержались   Решение',
      '1        9    0        1              принято',
      '2        10   0        0              принято',
    ])).toEqual([[9, 0, 1, 'adopted'], [10, 0, 0, 'adopted']]);
  });
});

describe('"зал" in a participation cell is in the room', () => {
  it('a printout\'s pipe table, one row wrapped', () => {
    const p = protocol([
      'Членов Совета – 4, присутствуют 3.',
      ' N | Ф.И.О.                 | УЧАСТИЕ | ПРИЧИНА',
      '---+------------------------+---------+-----------',
      ' 1 | ОМАРОВ Е.С.            | зал     |',
      ' 2 | КАСЫМБЕКОВА-НУРМАГАМ-  | зал     |',
      '   | БЕТОВА Д.Е.            |         |',
      ' 3 | ЖАНТУРИНА А.К.         | онлайн  |',
      ' 4 | ДЖАКУПОВ Р.Т.          | -       | болезнь',
    ]);
    expect([p.attendees?.length, p.attendees?.filter((a) => a.online).length, p.absentees?.length]).toEqual([3, 1, 1]);
  });
  it('near miss: "зал" inside a word says nothing ("залог")', () => {
    const p = protocol([
      ' N | Ф.И.О.          | УЧАСТИЕ',
      ' 1 | ОМАРОВ Е.С.     | залог',
      ' 2 | АБЕНОВ К.Ж.     | очно',
    ]);
    expect(p.attendees?.map((a) => a.name)).not.toContain('ОМАРОВ Е.С.');
  });
});
