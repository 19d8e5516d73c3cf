/**
 * Classes of session 32, set 100 (tables of unusual orientation): an attendance MATRIX of the year's meetings, only the
 * protocol's own meeting's column read (protocol/ownMeetingColumn); an attendance table with two header lines and a cell
 * merged over "бетпе-бет | онлайн"; a dash alone in the absentees' mark column; "бірауыздан (14)" and "бірауыздан /
 * единогласно" in a vote table's count cells; the stated online count "из них по ВКС подключились 2"; a report table with
 * merged header cells and no left frame (report/mergedHeaderTable); a run of quarters ("II–III тоқсан") as a period, a
 * table column and a title; another level's council after a bracketed aside; all drafts approved restated beside a table.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { keepOwnMeetingColumn, ownColumn } from '../../../sources/extract/protocol/ownMeetingColumn.ts';
import { frameMergedHeaders } from '../../../sources/extract/report/mergedHeaderTable.ts';
import { partsOfPeriod } from '../../../sources/extract/report/partsOfPeriod.ts';

const roll = (text: string) => {
  const p = parseProtocol(text);
  return {
    attendees: p.attendees.length,
    online: p.attendees.filter((a) => a.online).length,
    absentees: p.absentees.map((a) => [a.name.split(' ')[0], a.excused]),
  };
};

describe('an attendance matrix of the year\'s meetings: only the own meeting\'s column', () => {
  it('ru, pipes, a header over two lines, a legend above, "×" not yet a member, a totals row below', () => {
    const text = [
      'ПРОТОКОЛ № 4', 'г. Павлодар                                  12 сентября 2026 года', '',
      'Условные обозначения: «+» – присутствовал; «ВКС» – участвовал по видеосвязи; «б» – отсутствовал по болезни;',
      '«о» – отсутствовал без уважительной причины; «×» – не являлся членом Совета.', '',
      '| №  | Ф.И.О.                  | 14.03 | 20.05 | 12.09 |',
      '|    |                         | (№ 2) | (№ 3) | (№ 4) |',
      '|----|-------------------------|-------|-------|-------|',
      '|  1 | Сейтжанов Арман Ерланович|   +   |   б   |   +   |',
      '|  2 | Петрова Ирина Юрьевна    |   +   |   +   |  ВКС  |',
      '|  3 | Жумабаев Ержан Ганиевич  |   б   |   +   |   б   |',
      '|  4 | Ковалев Денис Олегович   |   +   |   о   |   о   |',
      '|  5 | Нургалиева Асель Болатовна|  ×   |   +   |   +   |',
      '|  6 | Мельник Олег Петрович    |   +   |   +   |   ×   |',
      '|    | Присутствовало           |   4   |   3   |   3   |',
    ].join('\n');
    expect(roll(text)).toEqual({ attendees: 3, online: 1, absentees: [['Жумабаев', true], ['Ковалев', false]] });
  });
  it('kk, tabs, the own column told "осы отырыс" (no date matches), bare legend after "Белгілер:"', () => {
    const text = [
      'ХАТТАМА № 3', '', 'Белгілер: қ – қатысты; О – онлайн қатысты; і – іссапарда; × – Кеңес құрамында болмады.', '',
      '№\tАты-жөні\t1-отырыс\t2-отырыс\t3-отырыс (осы отырыс)',
      '1\tӘлиев Нұрлан Серікұлы\tқ\tқ\tқ',
      '2\tБекова Айгүл Маратқызы\tі\tқ\tО',
      '3\tДосов Ерлан Асқарұлы\tқ\tО\tі',
      '4\tЖанова Сәуле Бекқызы\t×\tқ\tқ',
    ].join('\n');
    expect(roll(text)).toEqual({ attendees: 3, online: 1, absentees: [['Досов', true]] });
  });
  it('ownColumn: by the protocol\'s date, by "настоящее", by its number; none when two columns claim it', () => {
    expect(ownColumn(['№', 'ФИО', '15.04', '21.10'], '2026-10-21', '5')).toBe(3);
    expect(ownColumn(['№', 'ФИО', '18.02 (№ 1)', '21.10 (№ 5) – настоящее'], null, null)).toBe(3);
    expect(ownColumn(['№', 'ФИО', '№ 4', '№ 5'], null, '5')).toBe(3);
    expect(ownColumn(['№', 'ФИО', '21.10', '21.10'], '2026-10-21', null)).toBeNull();
  });
  it('near-miss: a single-day table ("Участие") is no matrix and is left as it is', () => {
    const lines = ['| № | ФИО | Участие |', '| 1 | Иванов Иван Иванович | очно |'];
    expect(keepOwnMeetingColumn(lines, '2026-10-21', '5')).toEqual(lines);
  });
  it('near-miss: a matrix whose columns are none of this meeting\'s is not read as one', () => {
    const lines = ['| № | ФИО | 15.04 | 20.05 |', '| 1 | Иванов Иван Иванович | + | + |'];
    expect(keepOwnMeetingColumn(lines, '2026-10-21', '5')).toEqual(lines);
  });
});

describe('two header lines with a merged cell; a dash alone in the absentees\' mark column', () => {
  const table = (third: string) => [
    'ХАТТАМА № 2', '',
    '+----+------------------------+---------------------+----------------+',
    '| №  | Аты-жөні               |   Қатысу нысаны     |  Қатыспады     |',
    '|    |                        +-----------+---------+                |',
    '|    |                        | бетпе-бет | онлайн  | (себебі)       |',
    '+----+------------------------+-----------+---------+----------------+',
    '|  1 | Әлиев Нұрлан Серікұлы  |     +     |         |                |',
    '|  2 | Бекова Айгүл Маратқызы |           |    +    |                |',
    '|  3 | Досов Ерлан Асқарұлы   |           |         | іссапарда      |',
    third,
    '+----+------------------------+-----------+---------+----------------+',
  ].join('\n');
  it('the online column under the merged cell is read, the absentee\'s reason beside', () => {
    expect(roll(table('|  4 | Жанова Сәуле Бекқызы   |     +     |         |                |'))).toEqual({ attendees: 3, online: 1, absentees: [['Досов', true]] });
  });
  it('"–" alone in the reason column: away, no reason told', () => {
    expect(roll(table('|  4 | Жанова Сәуле Бекқызы   |           |         | –              |'))).toEqual({ attendees: 2, online: 1, absentees: [['Досов', true], ['Жанова', null]] });
  });
  it('near-miss: a dash in the reason column beside a mark of presence is the column left blank', () => {
    expect(roll(table('|  4 | Жанова Сәуле Бекқызы   |     +     |         | –              |'))).toEqual({ attendees: 3, online: 1, absentees: [['Досов', true]] });
  });
});

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.unanimous, v.declared]);

describe('the unanimity word in a vote table\'s count cells', () => {
  it('kk: "бірауыздан (12)" — unanimous, with its count', () => {
    expect(votes('Мәселе | Жақтап | Қарсы | Қалыс | Шешім\n1-мәселе | бірауыздан (12) | 0 | 0 | қабылданды')).toEqual([[12, 0, 0, true, 'adopted']]);
  });
  it('ru: "единогласно – 9"', () => {
    expect(votes('Вопрос | За | Против | Воздержались | Решение\nВопрос 1 | единогласно – 9 | 0 | 0 | принято')).toEqual([[9, 0, 0, true, 'adopted']]);
  });
  it('both languages across the counts: unanimous, no count', () => {
    expect(votes('Мәселе / Вопрос | Жақтап / За | Қарсы / Против | Қалыс / Воздерж. | Шешім / Решение\n1-мәселе / Вопрос 1 |   бірауыздан / единогласно   | қабылданды / принято\n2-мәселе / Вопрос 2 | 6 | 5 | 1 | қабылданбады / не принято'))
      .toEqual([[null, null, null, true, 'adopted'], [6, 5, 1, false, 'rejected']]);
  });
  it('near-miss: a count with a bracket of another number is no unanimity', () => {
    expect(votes('Вопрос | За | Против | Воздержались | Решение\nВопрос 1 | 9 (12) | 0 | 0 | принято')[0][3]).toBe(false);
  });
});

describe('the online count after the means and the verb: "из них по ВКС подключились 2"', () => {
  const online = (text: string) => parseProtocol(text).online;
  it.each([
    ['ru', 'Зарегистрировано 12 членов Совета, из них по видеоконференцсвязи (ВКС) подключились 2. Кворум имеется.', 2],
    ['ru, members named', 'Присутствуют 11 членов Совета, из них через Zoom подключились 3 члена.', 3],
    ['kk', 'Отырысқа 12 мүше қатысты, оның ішінде Zoom арқылы қосылғандары – 3.', 3],
  ])('%s', (_, text, expected) => {
    expect(online(text)).toBe(expected);
  });
  it('near-miss: those connected are guests, not members', () => {
    expect(online('Присутствуют 12 членов Совета, из них по ВКС подключились 2 приглашенных.')).toBeNull();
  });
});

const figures = (text: string) => parseReport(text).figures.map((f) => `${f.metric}=${f.value}`).sort();

describe('a report table with merged header cells over several lines and no left frame', () => {
  const table = [
    'Информация о работе Общественного совета города Экибастуза за 9 месяцев 2026 года', '',
    '                  |    Заседания       |   Мероприятия       |',
    '                  +------+------+------+------+------+-------+',
    'Период            |Совета|През- |Комис-|Мони- |Публ. |Кругл. |',
    '                  |      |идиума|сий   |торин-|слуша-|столы  |',
    '                  |      |      |      |ги    |ния   |       |',
    '------------------+------+------+------+------+------+-------+',
    'I кв. 2026 г.     |  1   |  1   |  2   |  1   |  0   |  1    |',
    'II кв. 2026 г.    |  2   |  0   |  3   |  2   |  1   |  0    |',
    'III кв. 2026 г.   |  1   |  1   |  2   |  1   |  0   |  1    |',
    '------------------+------+------+------+------+------+-------+',
    'Итого за 9 мес.   |  4   |  2   |  7   |  4   |  1   |  2    |',
    'Справочно: 2025   |  3   |  2   |  6   |  5   |  0   |  3    |',
  ];
  it('ru: the total row of the transposed table, each column named by its two levels', () => {
    expect(figures(table.join('\n'))).toEqual(['commission_meetings=7', 'general_meetings=4', 'monitorings=4', 'presidium_meetings=2', 'public_hearings=1', 'round_tables=2']);
  });
  it('kk: the total column at the left, "оның ішінде" over the quarters, a comparison column after', () => {
    const text = [
      'Екібастұз қаласының Қоғамдық кеңесі', '', '2026 ЖЫЛҒЫ II–III ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', '',
      '                       |    II–III     |     оның ішінде       | салыстыру үшін:',
      'Көрсеткіш              |   тоқсан      +-----------+-----------+   I тоқсан',
      '                       |   БАРЛЫҒЫ     | II тоқсан | III тоқсан|',
      '-----------------------+---------------+-----------+-----------+--------------',
      'Кеңес отырыстары       |       5       |     2     |     3     |      1',
      'Дөңгелек үстелдер      |       2       |     1     |     1     |      0',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=5', 'round_tables=2']);
  });
  it('frameMergedHeaders: a framed header of two levels, the rows framed, the line count kept', () => {
    const out = frameMergedHeaders(table);
    expect(out).toHaveLength(table.length);
    expect(out[5]).toBe('| | Заседания | Заседания | Заседания | Мероприятия | Мероприятия | Мероприятия |'.replace('| |', '|  |'));
    expect(out[6]).toBe('| Период | Совета | Президиума | Комиссий | Мониторинги | Публ. слушания | Кругл. столы |');
    expect(out[8]).toBe('| I кв. 2026 г. | 1 | 1 | 2 | 1 | 0 | 1 |');
  });
  it('near-miss: a table with a frame on its left is left to the framed readers', () => {
    const lines = ['+------+------+', '| Кеңес | 3 |', '+------+------+', '| Мониторинг | 2 |'];
    expect(frameMergedHeaders(lines)).toEqual(lines);
  });
});

describe('a run of quarters', () => {
  const period = (title: string) => parseReport(title).period;
  it.each([
    ['kk', '2026 ЖЫЛҒЫ II–III ТОҚСАНДАҒЫ ЖҰМЫС ТУРАЛЫ АҚПАРАТ', { from: '2026-04-01', to: '2026-09-30' }],
    ['ru', 'Информация о работе за II–III кварталы 2026 года', { from: '2026-04-01', to: '2026-09-30' }],
    ['ru, digits', 'Отчет за 1-2 кварталы 2026 г.', { from: '2026-01-01', to: '2026-06-30' }],
  ])('%s: the period', (_, title, expected) => {
    expect(period(title)).toEqual(expected);
  });
  it('near-miss: a single quarter is that quarter', () => {
    expect(period('Информация за III квартал 2026 г.')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });
  it('partsOfPeriod: one part over the run, not its last quarter alone', () => {
    expect(partsOfPeriod('II–III тоқсан').map((p) => [p.kind, p.span])).toEqual([['months', [4, 9]]]);
    expect(partsOfPeriod('I–II тқс.').map((p) => [p.kind, p.span])).toEqual([['months', [1, 6]]]);
    expect(partsOfPeriod('III тоқсан').map((p) => [p.kind, p.span])).toEqual([['quarter', [7, 9]]]);
  });
  it('a quarter\'s report: the column of the quarters before it is no value column', () => {
    const text = [
      'Информация о работе Общественного совета за III квартал 2026 года', '',
      '| Показатель | I–II кв. | III кв. |', '|---|---|---|', '| Заседания Совета | 3 | 2 |', '| Мониторинги | 4 | 1 |',
    ].join('\n');
    expect(figures(text)).toEqual(['general_meetings=2', 'monitorings=1']);
  });
});

describe('another level\'s council after a bracketed aside; a verb of holding at a wrapped line\'s end', () => {
  const head = 'ИНФОРМАЦИЯ о работе Общественного совета города Костаная за 9 месяцев 2026 года\n\n';
  it('ru: the oblast council\'s counts, the sentence wrapped after "провел", are no figures', () => {
    expect(figures(`${head}Справочно (данные областного Совета): Общественный совет Костанайской области\nза январь–сентябрь провел\n6 заседаний и 14 мониторингов.`)).toEqual([]);
  });
  it('ru: the council\'s own sentence wrapped the same way is read', () => {
    expect(figures(`${head}За отчетный период Общественный совет города провел\n6 заседаний и 14 мониторингов.`)).toEqual(['general_meetings=6', 'monitorings=14']);
  });
});

describe('all drafts approved, said in a sentence restating the count a table gave', () => {
  it('kk', () => {
    const text = [
      '2026 жылғы 9 айдағы жұмыс туралы ақпарат', '',
      '| Көрсеткіш | 9 ай |', '|---|---|', '| Қаралған НҚА жобалары | 5 |', '',
      'Қаралған 5 НҚА жобасының бәрі ескертусіз мақұлданды.',
    ].join('\n');
    expect(figures(text)).toEqual(['npa_approved=5', 'npa_reviewed=5']);
  });
  it('near-miss: the sentence restates another number', () => {
    const text = [
      '2026 жылғы 9 айдағы жұмыс туралы ақпарат', '',
      '| Көрсеткіш | 9 ай |', '|---|---|', '| Қаралған НҚА жобалары | 5 |', '',
      'Қаралған 3 НҚА жобасының бәрі ескертусіз мақұлданды.',
    ].join('\n');
    expect(figures(text)).not.toContain('npa_approved=5');
  });
});

describe('a narrow header\'s abbreviations; members as of a day; the civil part named first in the bracket', () => {
  it('kk: "Комис. отыры- сы", "Дөңг. үстел" in a fixed-width header, the totals row first', () => {
    const text = [
      '2026 ЖЫЛҒЫ 9 АЙДАҒЫ ЖҰМЫС ҚОРЫТЫНДЫСЫ', '',
      '                                      Комис.     Мони-     Дөңг.       НҚА',
      'Комиссия                              отыры-    торинг     үстел   жобала-',
      '                                          сы                           ры',
      '---------------------------------------------------------------------------',
      'КЕҢЕС БОЙЫНША БАРЛЫҒЫ                     16        11         3        12',
      '---------------------------------------------------------------------------',
      '1. Әлеуметтік мәселелер                    9         6         2         7',
      '2. Экономика                               7         5         1         5',
    ].join('\n');
    expect(figures(text)).toEqual(['commission_meetings=16', 'monitorings=11', 'npa_reviewed=12', 'round_tables=3']);
  });
  it.each([
    ['kk', 'Есеп 2026 жылғы 9 ай\n\nКеңесте 30.09.2026 жағдайы бойынша 19 мүше бар (ҮЕҰ, бизнес және белсенді азаматтар – 15, мемлекеттік қызметшілер – 4).', ['members_civil=15', 'members_state=4', 'members_total=19']],
    ['ru', 'Отчет за 9 месяцев 2026 года\n\nВ составе Совета 15 членов (НПО и гражданские активисты – 12, госорганы – 3).', ['members_civil=12', 'members_state=3', 'members_total=15']],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
  it('near-miss: a bracket of a seminar\'s participants is no composition', () => {
    expect(figures('Отчет за 9 месяцев 2026 года\n\nПроведен семинар (НПО и активисты – 25, госслужащие – 5).')).not.toContain('members_civil=25');
  });
});

describe('letters answered told with the answering bodies or the bare verb; sent "адресовано"', () => {
  it.each([
    ['kk', 'Есеп 2026 жылғы 9 ай\n\nКеңес атынан 8 хат жіберілді, олардың 6-уына мемлекеттік органдар жауап қайтарды.', ['letters_answered=6', 'letters_sent=8']],
    ['ru', 'Отчет за 9 месяцев 2026 года\n\nГосорганам адресовано 18 писем Совета, ответили на 15.', ['letters_answered=15', 'letters_sent=18']],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
  it('near-miss: "ответили на 15" of appeals is no letters\' answer', () => {
    expect(figures('Отчет за 9 месяцев 2026 года\n\nПоступило 18 обращений, ответили на 15.')).not.toContain('letters_answered=15');
  });
  it('a table\'s sub-row "олардың жауап алынғаны" under the letters sent', () => {
    const text = ['2026 жылғы 9 айдағы есеп', '', '| Көрсеткіш | 9 ай |', '|---|---|', '| Мемлекеттік органдарға хаттар | 14 |', '| олардың жауап алынғаны | 12 |'].join('\n');
    expect(figures(text)).toEqual(['letters_answered=12', 'letters_sent=14']);
  });
});

describe('a numbered point opening with its type, then its dates', () => {
  const dates = (text: string) => parseReport(text).activities.map((a) => `${a.type}@${a.date_start}`);
  it('kk, wrapped, titles in brackets', () => {
    expect(dates('2026 жылғы 9 айдағы есеп\n\n5) Дөңгелек үстелдер 2026 жылғы 12 наурызда («Ерекше қажеттіліктері бар\nбалалар: инклюзия»), 4 маусымда («Ауа сапасы») және 17 қыркүйекте\n(«Көшпелі сауда») өтті.'))
      .toEqual(['round_table@2026-03-12', 'round_table@2026-06-04', 'round_table@2026-09-17']);
  });
  it('ru', () => {
    expect(dates('Отчет за 9 месяцев 2026 года\n\n3) Круглые столы 12 марта и 4 июня 2026 г. проведены по вопросам экологии.')).toEqual(['round_table@2026-03-12', 'round_table@2026-06-04']);
  });
  it('near-miss: a point naming two types keeps each event its own type ("Дөңгелек үстел 14 қарашада …, 27 қарашада … семинар")', () => {
    expect(dates('2026 жылғы IV тоқсан есебі\n\n4. Дөңгелек үстел 14 қарашада «Зорлық-зомбылықтың алдын алу» тақырыбында,\n   27 қарашада мүшелерге арналған семинар өтті.')).not.toContain('round_table@2026-11-27');
  });
  it('near-miss: a point opening with a word that is no type keeps its dates unread as events', () => {
    expect(dates('Отчет за 9 месяцев 2026 года\n\n3) Письма 12 марта и 4 июня 2026 г. направлены в акимат.')).toEqual([]);
  });
});
