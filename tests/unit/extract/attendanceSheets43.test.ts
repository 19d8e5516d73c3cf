/**
 * Registration sheets typed into a protocol, the kinds set 183 showed (issue 12): a sheet lined up by spaces whose long
 * names or roles leave a single space before the next column; a mark column ("Белгі", "Отметка") beside the signature's
 * holding only the exceptions; a dash where the signature goes.
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { respreadAttendanceTables } from '../../../sources/extract/protocol/respreadAttendanceTable.ts';

const people = (lines: string[]) => {
  const x = parseProtocol(lines.join('\n'));
  return {
    present: x.attendees.map((a) => `${a.name}${a.online ? ' (online)' : ''}`),
    absent: x.absentees.map((a) => `${a.name} ${a.excused}`),
    listed: [x.attendees_listed ?? true, x.absentees_listed ?? true],
  };
};

describe('a sheet lined up by spaces', () => {
  const kk = [
    'ХАТТАМА № 8', '', 'ТІРКЕУ ПАРАҒЫ', '',
    '№   Аты-жөні                    Лауазымы                           Қолы            Белгі',
    '1   Оспанов Нұрлан Жұмабайұлы   Кеңес төрағасы, зейнеткер          (қолы)',
    '2   Құдайбергенов Бауыржан       мұғалім, №1 мектеп-гимназиясының (қолы)',
    '    Асқарұлы',
    '3   Нұрмағамбетов Асхат Ерланұлы ауылдық округ әкімінің            —               науқас',
    '                                 орынбасары',
    '4   Сейітқалиева Ақмарал Ерғалиқызы ардагерлер кеңесі              онлайн (Zoom)',
    '5   Дүйсенбаев Тимур Әділұлы     кәсіпкер                           —',
    '', 'КҮН ТӘРТІБІ:', '1. Жылыту маусымы туралы.',
  ];

  it('a cell run into the next one by a single space is parted where the next column starts (kk)', () => {
    const out = respreadAttendanceTables(kk);
    expect(out[6]).toBe('2\tҚұдайбергенов Бауыржан\tмұғалім, №1 мектеп-гимназиясының\t(қолы)');
    expect(out[8]).toBe('3\tНұрмағамбетов Асхат Ерланұлы\tауылдық округ әкімінің\t—\tнауқас');
    expect(out[10]).toBe('4\tСейітқалиева Ақмарал Ерғалиқызы\tардагерлер кеңесі\tонлайн (Zoom)');
    const read = people(kk);
    expect(read.present).toEqual(['Оспанов Нұрлан Жұмабайұлы', 'Құдайбергенов Бауыржан Асқарұлы', 'Сейітқалиева Ақмарал Ерғалиқызы (online)']);
    expect(read.absent).toEqual(['Нұрмағамбетов Асхат Ерланұлы true', 'Дүйсенбаев Тимур Әділұлы null']);
  });

  it('Russian: the same sheet with "Подпись" and "Отметка"', () => {
    const ru = [
      'ПРОТОКОЛ № 4', '', 'ЛИСТ РЕГИСТРАЦИИ', '',
      '№   ФИО                          Должность                     Подпись      Отметка',
      '1   Кравченко Ирина Владимировна председатель Совета           подпись',
      '2   Абенов Галым Серикович       инженер ТОО «Птицефабрика»    подпись',
      '3   Шевченко Олег Петрович       ОО «Ветераны»                 —            больничный',
      '4   Исмаилов Руслан Талгатович   ИП                            онлайн',
      '', 'ПОВЕСТКА ДНЯ:', '1. Разное.',
    ];
    const read = people(ru);
    expect(read.present).toEqual(['Кравченко Ирина Владимировна', 'Абенов Галым Серикович', 'Исмаилов Руслан Талгатович (online)']);
    expect(read.absent).toEqual(['Шевченко Олег Петрович true']);
  });

  it('near miss: a piece running over a column with no space near its start ends the table there', () => {
    const lines = [
      '№   ФИО                 Должность             Подпись',
      '1   Кравченко Ирина     председатель          подпись',
      '2   Ким Олег            секретарь             подпись',
      '3   Абенов Галым Серикович-Абенов-Кызыл       подпись',
    ];
    const out = respreadAttendanceTables(lines);
    expect(out[1]).toBe('1\tКравченко Ирина\tпредседатель\tподпись');
    expect(out[3]).toBe(lines[3]);
  });
});

describe('a mark column beside the signature', () => {
  const sheet = (...rows: string[]) => [
    'ХАТТАМА № 6', '', 'ТІРКЕУ ПАРАҒЫ', '',
    '| № | Т.А.Ә.                     | Лауазымы          | Қолы          | Белгі            |',
    '|---|----------------------------|-------------------|---------------|------------------|',
    ...rows, '', 'КҮН ТӘРТІБІ:', '1. Жоспар.',
  ].join('\n');
  it('an empty mark is told by the signature; a mark holds the absence and its reason (kk, pipes)', () => {
    const x = parseProtocol(sheet(
      '| 1 | Смағұлова Раушан Тілеуқызы  | Кеңес төрағасы    | [қолы]        |                  |',
      '| 2 | Ибрагимова Лаура Кенесовна | заңгер            | онлайн (Zoom) |                  |',
      '| 3 | Қасымов Ержан Серікұлы     | депутат           |               | еңбек демалысы   |',
      '| 4 | Шаяхметов Руслан Ерланұлы  | жеке кәсіпкер     |               | себепсіз         |',
    ));
    expect(x.attendees.map((a) => [a.name, a.online])).toEqual([['Смағұлова Раушан Тілеуқызы', false], ['Ибрагимова Лаура Кенесовна', true]]);
    expect(x.absentees.map((a) => [a.name, a.excused])).toEqual([['Қасымов Ержан Серікұлы', true], ['Шаяхметов Руслан Ерланұлы', false]]);
  });

  it('near miss: a blank sheet (nobody signed) with marks for the absent only — who came is not told', () => {
    const x = parseProtocol(sheet(
      '| 1 | Смағұлова Раушан Тілеуқызы  | Кеңес төрағасы    |               |                  |',
      '| 2 | Қасымов Ержан Серікұлы     | депутат           |               | еңбек демалысы   |',
    ));
    expect(x.attendees).toEqual([]);
    expect(x.absentees.map((a) => a.name)).toEqual(['Қасымов Ержан Серікұлы']);
  });
});
