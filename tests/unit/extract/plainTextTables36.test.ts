/**
 * Plain-text tables aligned with spaces or tabs in reports (held-out set 129's theme): a Word table whose header runs over
 * two rows, the year under each period ("9 ай" over "2026 ж."); a rule cut under each column as a program prints it
 * ("-----------   ----"); a media table whose count column is named only as a count ("Кол-во", "Саны") under a caption
 * naming the publications; a row of a ruled table whose label wraps and whose counts stand on its LAST line; a column of
 * labels and right-aligned counts with no header (spaces for a leader); a monitoring row named with its object; the
 * commissions after "N членов Совета (…)"; the bodies heard summed up by kind, subordinate ones included; a printout's
 * point "3.2 …" that opens a paragraph of its own. Variants of my own in both languages, and near misses.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const figuresOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).figures.map((f) => [f.metric, f.value]));
const mediaOf = (lines: string[]) => Object.fromEntries(parseReport(lines.join('\n')).media.map((m) => [m.platform, m.publications]));
/** A Word table as a .docx reads: each cell a line opened by a tab. */
const cells = (rows: string[][]) => rows.flatMap((r) => r.map((c) => `\t${c}`));

describe('a Word table whose header runs over two rows, the year under each period', () => {
  it('Kazakh: "9 ай" over "2026 ж." beside "9 ай" over "2025 ж." — the 2026 column is the figure', () => {
    const f = figuresOf([
      'Байзақ ауданының Қоғамдық кеңесі', '2026 жылдың 9 айындағы жұмыс туралы есеп', '1-кесте. Көрсеткіштер',
      ...cells([['Көрсеткіш', 'I', 'II', 'III', '9 ай', '9 ай'], ['', 'тоқсан', 'тоқсан', 'тоқсан', '2026 ж.', '2025 ж.'], ['Кеңес отырыстары', '2', '3', '2', '7', '6'], ['Мониторингтер', '4', '–', '3', '7', '9'], ['Дөңгелек үстелдер', '1', '1', '–', '2', '4']]),
      '', 'Кеңес төрағасы  А. Әлиев',
    ]);
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([7, 7, 2]);
  });
  it('Russian: "Полугодие" over "2026 г." beside "Полугодие" over "2025 г."', () => {
    const f = figuresOf([
      'Общественный совет Таласского района', 'Отчёт за I полугодие 2026 года', 'Таблица 1',
      ...cells([['Показатель', 'I', 'II', 'Полугодие', 'Полугодие'], ['', 'квартал', 'квартал', '2026 г.', '2025 г.'], ['Заседания Совета', '2', '2', '4', '3'], ['Мониторинги', '3', '2', '5', '8'], ['Круглые столы', '1', '–', '1', '2']]),
      '', 'Председатель  И. Петров',
    ]);
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([4, 5, 1]);
  });
  it('near miss: the two rows name only quarters and last year — no figure of the period is taken from them', () => {
    const f = figuresOf([
      'Общественный совет Таласского района', 'Отчёт за 9 месяцев 2026 года', 'Таблица 1',
      ...cells([['Показатель', 'I', 'II', '9 мес.'], ['', 'квартал', 'квартал', '2025 г.'], ['Заседания Совета', '2', '2', '6'], ['Мониторинги', '3', '2', '8'], ['Круглые столы', '1', '–', '2']]),
      '', 'Председатель  И. Петров',
    ]);
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([undefined, undefined, undefined]);
  });
});

describe('a media table typed with spaces, its rule cut under each column, its count column named only as a count', () => {
  it('Russian: "Площадка   Кол-во   Просмотров" under "Публикации по площадкам:"', () => {
    expect(mediaOf([
      'Отчёт Общественного совета за III квартал 2026 года', '', 'Публикации по площадкам:',
      'Площадка                      Кол-во     Просмотров',
      '----------------------------  ------     ----------',
      'Страница Совета на сайте          9          1 200',
      'Instagram                        21         18 400',
      'Telegram                          6          2 050',
      '----------------------------  ------     ----------',
      'ИТОГО                            36         21 650',
    ])).toEqual({ website: 9, instagram: 21, telegram: 6 });
  });
  it('Kazakh: "Алаң   Саны" under "2-кесте. Жарияланымдар"', () => {
    expect(mediaOf([
      'Қоғамдық кеңестің 2026 жылғы 9 айдағы есебі', '', '2-кесте. Жарияланымдар',
      'Алаң                          Саны',
      '---------------------------   ----',
      'Instagram                       31',
      'Facebook                        14',
      '---------------------------   ----',
      'Барлығы                         45',
    ])).toEqual({ instagram: 31, facebook: 14 });
  });
  it('near miss: the same table under a caption of subscribers — its counts are no publications', () => {
    const media = mediaOf([
      'Отчёт Общественного совета за III квартал 2026 года', '', 'Подписчики по площадкам:',
      'Площадка                      Кол-во',
      '----------------------------  ------',
      'Instagram                      2 100',
      'Telegram                         640',
    ]);
    expect([media.instagram ?? null, media.telegram ?? null]).toEqual([null, null]);
  });
});

describe('a ruled table\'s row whose label wraps and whose counts stand on the label\'s last line', () => {
  const table = (rows: string[]) => [
    '+----+------------------------------+------+------+', '| N  | Мероприятие                  | План | Факт |', '+----+------------------------------+------+------+',
    ...rows, '+----+------------------------------+------+------+',
  ];
  it('Russian: "Мониторинги деятельности гос-" over "органов и организаций   8   7" is one row, the monitorings', () => {
    const f = figuresOf([
      'Информация о работе Общественного совета за 9 месяцев 2026 года', '',
      ...table(['| 1  | Заседания Совета             |   6  |   5  |', '| 2  | Мониторинги деятельности гос-|      |      |', '|    | органов и организаций        |   8  |   7  |', '| 3  | Заслушивание отчётов руково- |      |      |', '|    | дителей госорганов           |   5  |   4  |']),
    ]);
    expect([f.general_meetings, f.monitorings, f.report_hearings]).toEqual([5, 7, 4]);
  });
  it('Kazakh: "Қоғамдық мони-" over "торинг   5   4", the word broken at its hyphen', () => {
    const f = figuresOf([
      '2026 жылғы 9 айдағы Қоғамдық кеңестің жұмысы туралы ақпарат', '',
      ...table(['| 1  | Кеңес отырыстары             |   6  |   6  |', '| 2  | Қоғамдық мони-               |      |      |', '|    | торинг                       |   5  |   4  |', '| 3  | Дөңгелек үстелдер            |   2  |   2  |']),
    ]);
    expect([f.general_meetings, f.monitorings, f.round_tables]).toEqual([6, 4, 2]);
  });
  it('near miss: a row of words over its "в т.ч." sub-row is no wrapped label — the sub-row\'s count is not the monitorings\'', () => {
    const f = figuresOf([
      'Информация о работе Общественного совета за 9 месяцев 2026 года', '',
      ...table(['| 1  | Заседания Совета             |   6  |   5  |', '| 2  | Мониторинги                  |      |      |', '|    | в т.ч. выездные              |   3  |   2  |']),
    ]);
    expect(f.monitorings).not.toBe(2);
  });
});

describe('a column of labels and right-aligned counts with no header, spaces for its leader', () => {
  it('Russian: appeals with their parts set in, letters and their answers, between rules', () => {
    const f = figuresOf([
      'Информация о работе Общественного совета за 9 месяцев 2026 года', '', '  Обращения и письма',
      '  ----------------------------------------------------',
      '  Поступило обращений                           24',
      '      от физических лиц                         20',
      '      от юридических лиц                         4',
      '  Направлено писем в госорганы                  13',
      '  Получено ответов                              10',
      '  ----------------------------------------------------',
    ]);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.letters_sent, f.letters_answered]).toEqual([24, 20, 4, 13, 10]);
  });
  it('Kazakh: "Түскен өтініштер   9" with its parts and letters', () => {
    const f = figuresOf([
      'Қоғамдық кеңестің 2026 жылғы қазан айындағы жұмысы туралы ақпарат', '', 'Өтініштер мен хаттар',
      'Түскен өтініштер                           9',
      '    жеке тұлғалардан                       7',
      '    заңды тұлғалардан                      2',
      'Мемлекеттік органдарға жолданған хаттар    4',
    ]);
    expect([f.appeals_received, f.appeals_individuals, f.appeals_legal_entities, f.letters_sent]).toEqual([9, 7, 2, 4]);
  });
  it('near miss: the same rows under a header of cells naming last year — they are that year\'s, no figure of the period', () => {
    const f = figuresOf([
      'Информация о работе Общественного совета за 9 месяцев 2026 года', '',
      '  Показатель                                2025 г.',
      '  ----------------------------------------------------',
      '  Поступило обращений                           24',
      '  Направлено писем в госорганы                  13',
      '  Получено ответов                              10',
    ]);
    expect([f.appeals_received, f.letters_sent]).toEqual([undefined, undefined]);
  });
});

describe('the composition and its commissions, the bodies heard summed up by kind', () => {
  it('Russian: "Состав: 13 членов Совета (10 – …, 3 – …), 3 комиссии." states the commissions', () => {
    expect(figuresOf(['Отчёт за 9 месяцев 2026 года', 'Состав: 13 членов Совета (10 - от гражданского общества, 3 - от государственных органов), 3 комиссии.']).commissions).toBe(3);
  });
  it('near miss: "13 членов Совета, 3 комиссии провели 5 заседаний" — the commissions are the meetings\' subject, no count of them', () => {
    expect(figuresOf(['Отчёт за 9 месяцев 2026 года', 'Состав: 13 членов Совета, 3 комиссии провели 5 заседаний.']).commissions).toBeUndefined();
  });
  it('Russian: "Итого 3 отдела, 1 подведомственная организация и 1 аким сельского округа" after the hearings', () => {
    const f = figuresOf(['Отчёт за 9 месяцев 2026 года', '', 'Заслушаны отчёты ГУ «Отдел образования», ГУ «Отдел ЖКХ», ГУ «Отдел культуры», КГП «Районная больница» и акима Жайылминского сельского округа.', 'Итого 3 отдела, 1 подведомственная организация и 1 аким сельского округа.']);
    expect([f.departments_heard, f.subordinate_orgs_heard]).toEqual([3, 1]);
  });
  it('Kazakh: "Барлығы 4 бөлім және 2 ведомстволық бағынысты ұйым" after the bodies heard', () => {
    const f = figuresOf(['2026 жылғы 9 айдағы есеп', '', 'Есептері тыңдалғандар: білім бөлімі, ветеринария бөлімі, құрылыс бөлімі, ауыл шаруашылығы бөлімі, «Аудандық аурухана» ШЖҚ КМК, «Су арнасы» МКК.', 'Барлығы 4 бөлім және 2 ведомстволық бағынысты ұйым.']);
    expect([f.departments_heard, f.subordinate_orgs_heard]).toEqual([4, 2]);
  });
  it('a printout\'s bracket "(итого 3 отдела … и 1 подведомственное предприятие)", the next point "3.2 Из 19 обращений" a paragraph of its own', () => {
    const f = figuresOf([
      'ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА III КВАРТАЛ 2026 ГОДА', '',
      '  3.1 Заслушаны отчёты:',
      '      14.07.2026  ГУ "Отдел образования района"',
      '      19.08.2026  ГУ "Отдел сельского хозяйства"',
      '      10.09.2026  ГУ "Отдел ЖКХ, ПТ и АД"',
      '      24.09.2026  ГКП на ПХВ "Районная больница"',
      '      (итого 3 отдела акимата района и 1 подведомственное предприятие)',
      '  3.2 Из 19 обращений: от физических лиц - 16, от юридических лиц - 3.',
    ]);
    expect([f.departments_heard, f.subordinate_orgs_heard, f.appeals_individuals, f.appeals_legal_entities]).toEqual([3, 1, 16, 3]);
  });
  it('near miss: a summing up of departments that answered appeals is no count of bodies heard', () => {
    const f = figuresOf(['Отчёт за 9 месяцев 2026 года', '', 'Поступившие обращения направлены в госорганы.', 'Итого 3 отдела и 1 подведомственное предприятие дали ответы на обращения.']);
    expect([f.departments_heard, f.subordinate_orgs_heard]).toEqual([undefined, undefined]);
  });
});

describe('a column of days under a heading that names the events\' type, each line a day, two spaces, the event', () => {
  const activitiesOf = (lines: string[]) => parseReport(lines.join('\n')).activities.map((a) => `${a.type} ${a.date_start}`);
  it('Russian: "3.3 Мониторинги (дата начала - тема):" over a printout\'s column of days', () => {
    expect(activitiesOf([
      'ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА III КВАРТАЛ 2026 ГОДА', '', ' 3. ПОЯСНЕНИЯ',
      '  3.3 Мониторинги (дата начала - тема):',
      '      08.07.2026  подвоз питьевой воды в с. Отар',
      '      12.08.2026  летний отдых детей',
      '      16.09.2026  уличное освещение',
      '  3.4 Прочее.',
    ])).toEqual(['monitoring 2026-07-08', 'monitoring 2026-08-12', 'monitoring 2026-09-16']);
  });
  it('Kazakh: "Дөңгелек үстелдер:" over its days', () => {
    expect(activitiesOf([
      '2026 жылғы III тоқсандағы есеп', '', 'Дөңгелек үстелдер:',
      '   10.07.2026  «Жастар және жұмыспен қамту»',
      '   21.08.2026  «Жол қауіпсіздігі»',
      '   18.09.2026  «Ауыл шаруашылығы»',
      '',
    ])).toEqual(['round_table 2026-07-10', 'round_table 2026-08-21', 'round_table 2026-09-18']);
  });
  it('near miss: the column under a plan\'s heading ("План мониторингов на IV квартал:") holds no event held', () => {
    expect(activitiesOf([
      'ОТЧЁТ О ДЕЯТЕЛЬНОСТИ ЗА III КВАРТАЛ 2026 ГОДА', '',
      '  План мониторингов на IV квартал:',
      '      08.10.2026  подвоз питьевой воды',
      '      12.11.2026  отопление школ',
      '      16.12.2026  уличное освещение',
      '',
    ])).toEqual([]);
  });
});
