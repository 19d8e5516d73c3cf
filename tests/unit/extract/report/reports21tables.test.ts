/**
 * Classes the blind held-out reports of set 21 showed: a PDF's table of numbered rows whose header the text layer gave
 * out of order (the row numbers 1, 2, 3 … were read as the counts); a row counting two kinds of things at once
 * ("Круглые столы, дискуссионные площадки"); a table by territory typed with spaces whose TOTAL column comes first,
 * its header set in and hyphenated over three lines, "×" for not applicable; a paragraph run in under a title of tasks
 * ahead ("5. Задачи на II полугодие: провести … 6 мониторингов") whose counts are planned; a questionnaire's bare
 * answer on the line under its question (and the dated list under that answer); a Word table with a column of groups
 * merged down before its labels; media under a period's header, and platforms as columns of a PDF with views in
 * thousands; bullets of counts in brackets with a note after them under a heading that names their thing; "входит 21
 * член" and "СОСТАВ СОВЕТА (23 члена …)"; publications broken down after "в т.ч.".
 */
import { describe, expect, it } from 'vitest';
import { RU_YEAR_TITLE, activityList, figureList, figureMap, mediaList, reportUnder } from '../../../helpers/extractCases.ts';

const KK_YEAR = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';

describe('a PDF table of numbered rows under a header given out of order', () => {
  const table = (header: string, rows: string[]) => ['Таблица 1. Показатели', '', header, '', ...rows.flatMap((r) => [r, '']), 'Конец таблицы.'].join('\n');
  const SCRAMBLED = 'п/п\t№\tПоказатель\tизм.\tЕд.\tна 2025 2025 2024 ние плана,\tПлан Факт Факт Исполне-\tг.\tг.\tг.\t%';
  const ROWS = [
    '1\tЗаседания Совета\tзасед.\t6\t7\t5\t117',
    '2\tЗаседания постоянных комиссий\tзасед.\t20\t22\t18\t110',
    '3\tРассмотрение проектов НПА, всего\tпроект\t×\t64\t57\t×',
    '3.1\tиз них с замечаниями\tпроект\t×\t23\t17\t×',
    '4\tОбщественный мониторинг\tмероп.\t10\t8\t7\t80',
  ];

  it('reads the fact of the period, never the row number, the plan or last year (ru)', () => {
    const x = reportUnder(table(SCRAMBLED, ROWS));
    expect(figureMap(x)).toMatchObject({ general_meetings: 7, commission_meetings: 22, npa_reviewed: 64, npa_with_remarks: 23, monitorings: 8 });
  });

  it('reads a Kazakh table of the same shape, the fact before the plan (variant)', () => {
    const header = '№\tКөрсеткіш\tбірл.\tӨлш.\t2025 2025 2024\tНақты Жоспар Нақты';
    const rows = ['1\tКеңес отырыстары\tотырыс\t5\t4\t3', '2\tҚоғамдық мониторинг\tіс-шара\t9\t8\t6', '3\tДөңгелек үстелдер\tіс-шара\t2\t3\t1'];
    const x = reportUnder(table(header, rows), KK_YEAR);
    expect(figureMap(x)).toMatchObject({ general_meetings: 5, monitorings: 9, round_tables: 2 });
  });

  it('reads nothing of a table whose value columns the header does not name (near-miss)', () => {
    const x = reportUnder(table('п/п\t№\tПоказатель\tизм.\tЕд.\tзначения\t%', ROWS));
    expect(figureList(x)).toEqual([]);
  });

  it('reads nothing when the header names fewer years than columns (near-miss)', () => {
    const x = reportUnder(table('п/п\t№\tПоказатель\tизм.\tЕд.\tна 2025 2025 ние плана,\tПлан Факт Факт Исполне-\t%', ROWS));
    expect(figureList(x)).toEqual([]);
  });
});

describe('a table row counting two kinds of things', () => {
  it('gives no figure to either (ru)', () => {
    const x = reportUnder(['| Показатель | 2025 г. |', '|---|---|', '| Круглые столы, дискуссионные площадки | 5 |', '| Общественный мониторинг | 8 |'].join('\n'));
    expect(figureMap(x)).toEqual({ monitorings: 8 });
  });

  it('gives no figure to either (kk)', () => {
    const x = reportUnder(['| Көрсеткіш | 2025 жыл |', '|---|---|', '| Дөңгелек үстелдер және семинарлар | 4 |', '| Кеңес отырыстары | 6 |'].join('\n'), KK_YEAR);
    expect(figureMap(x)).toEqual({ general_meetings: 6 });
  });

  it('still reads a row whose second part names nothing (near-miss)', () => {
    const x = reportUnder(['| Показатель | 2025 г. |', '|---|---|', '| Круглые столы, всего | 5 |', '| Общественный мониторинг | 8 |'].join('\n'));
    expect(figureMap(x)).toMatchObject({ round_tables: 5, monitorings: 8 });
  });
});

describe('a table by territory typed with spaces, its total column first', () => {
  const RU = [
    'Таблица. Мероприятия по территориям (ед.)',
    '',
    '                          ВСЕГО   обл.    г.Усть-  г.Рид-',
    'Показатель                по      уро-    Камено-  дер',
    '                          Совету  вень    горск',
    '--------------------------------------------------------',
    '1. Общественный             12      3       3       1',
    '   мониторинг',
    '2. Публичные слушания        4      1       2       ×',
    '3. Круглые столы             9      4       –       1',
    '--------------------------------------------------------',
  ].join('\n');

  it('reads the total column as the council\'s, a wrapped label whole (ru)', () => {
    const x = reportUnder(RU);
    expect(figureMap(x)).toEqual({ monitorings: 12, public_hearings: 4, round_tables: 9 });
  });

  it('reads a Kazakh table with the total column after the parts (variant)', () => {
    const kk = [
      '                          Өскемен  Риддер   Барлығы',
      'Көрсеткіш                 қ.       қ.',
      '--------------------------------------------------',
      '1. Қоғамдық мониторинг     3        1        7',
      '2. Дөңгелек үстелдер       2        ×        5',
      '--------------------------------------------------',
    ].join('\n');
    expect(figureMap(reportUnder(kk, KK_YEAR))).toEqual({ monitorings: 7, round_tables: 5 });
  });

  it('reads nothing from a table of territories with no total column (near-miss)', () => {
    const parts = [
      '                          обл.    г.Усть-  г.Рид-',
      'Показатель                уро-    Камено-  дер',
      '                          вень    горск',
      '------------------------------------------------',
      '1. Общественный мониторинг  3       3       1',
      '2. Круглые столы            4       –       1',
      '------------------------------------------------',
    ].join('\n');
    expect(figureList(reportUnder(parts))).toEqual([]);
  });
});

describe('a paragraph run in under a title of tasks ahead', () => {
  it('gives no figure of its counts (ru)', () => {
    const x = reportUnder('Проведено 5 мониторингов.\n5. Задачи на II полугодие: провести 6 мониторингов, заслушать отчеты 4 акимов районов.', 'Информация о деятельности Общественного совета за I полугодие 2025 года');
    expect(figureMap(x)).toEqual({ monitorings: 5 });
  });

  it('gives no figure of its counts (kk)', () => {
    const x = reportUnder('5 мониторинг жүргізілді.\nАлдағы міндеттер: 7 мониторинг жүргізу, 3 дөңгелек үстел өткізу.', KK_YEAR);
    expect(figureList(x)).not.toContain('monitorings=7');
    expect(figureList(x)).not.toContain('round_tables=3');
  });

  it('still reads a run-in title of work done (near-miss)', () => {
    const x = reportUnder('3. Итоги работы: проведено 6 мониторингов.');
    expect(figureMap(x)).toMatchObject({ monitorings: 6 });
  });
});

describe('a questionnaire pasted into a letter: the question on its line, the bare answer on the next', () => {
  const Q3_RU = 'АНКЕТА-ОТЧЕТ о деятельности общественного совета за III квартал 2025 года';
  const RU = [
    '1. Количество членов общественного совета (на конец отчетного периода):',
    '25',
    '',
    '1.1. из них представителей гражданского общества:',
    '17',
    '',
    '4. Проведено заседаний общественного совета:',
    '2 (23.07.2025 – выездное, г. Темиртау; 17.09.2025)',
    '',
    '5. Проведено заседаний президиума:',
    '-',
    '',
    '7. Заслушано отчетов руководителей госорганов:',
    '3',
    '',
    '7.2. в т.ч. акимов районов/городов:',
    '1 (аким г. Темиртау, 23.07.2025)',
    '',
    '11. Проведено круглых столов / диалоговых площадок:',
    '1 / 2',
    '',
    '14. Направлено писем в госорганы / получено ответов:',
    '22 / 19',
    '',
    '15. Публикаций в СМИ и соцсетях:',
    'около 60',
  ].join('\n');

  it('reads each answer with its question, a sub-question under its question, never the numbers (ru)', () => {
    const x = reportUnder(RU, Q3_RU);
    expect(figureMap(x)).toEqual({
      members_total: 25, members_civil: 17, general_meetings: 2, report_hearings: 3, district_akimats_heard: 1,
      round_tables: 1, dialog_platforms: 2, letters_sent: 22, letters_answered: 19,
    });
  });

  it('reads a Kazakh questionnaire (kk)', () => {
    const kk = ['1. Кеңес мүшелерінің саны:', '21', '', '2. Кеңес отырыстары:', '3', '', '3. Дөңгелек үстелдер:', '2 (12.08.2025)'].join('\n');
    expect(figureMap(reportUnder(kk, 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат'))).toMatchObject({ members_total: 21, general_meetings: 3, round_tables: 2 });
  });

  it('reads no plan, no dash, no approximate answer as a figure (near-miss)', () => {
    const near = ['5. Проведено заседаний президиума:', '-', '', '13. План на IV квартал:', '3', '', '15. Публикаций в СМИ и соцсетях:', 'около 60'].join('\n');
    const x = reportUnder(near, Q3_RU);
    expect(figureList(x)).toEqual([]);
  });
});

describe('a Word table with a column of groups merged down before its labels', () => {
  const H1_RU = 'Информация о деятельности Общественного совета за I полугодие 2025 года';
  // As a .docx reads: each cell opens a line with a tab; a merged cell stands as empty cells.
  const cells = (rows: string[][]) => rows.flat().map((c) => `\t${c}`).join('\n');
  const RU = cells([
    ['Направление', 'Показатель', '2025 год', '', '', 'Справочно: 2024 г.'],
    ['', '', 'I кв.', 'II кв.', 'I полугодие', ''],
    ['Организационная работа', 'Заседания Общественного совета', '1', '2', '3', '3'],
    ['', 'Заседания постоянных комиссий', '8', '11', '19', '15'],
    ['Проекты НПА', 'Рассмотрено проектов НПА (даны заключения)', '6', '9', '15', '12'],
    ['', '  одобрено без замечаний', '4', '6', '10', '9'],
    ['', 'Находятся на рассмотрении (на конец периода)', '1', '2', '2', '–'],
    ['Обращения граждан', 'Поступило обращений', '9', '14', '23', '17'],
    ['', '  от физических лиц', '8', '11', '19', '15'],
    ['', 'Даны ответы заявителям', '7', '12', '19', '16'],
  ]);

  it('reads the half-year column, a row of the group under the group\'s first row (ru)', () => {
    expect(figureMap(reportUnder(RU, H1_RU))).toEqual({
      general_meetings: 3, commission_meetings: 19, npa_reviewed: 15, npa_approved: 10, npa_pending: 2,
      appeals_received: 23, appeals_individuals: 19, appeals_answered: 19,
    });
  });

  it('reads a Kazakh table of the same shape (kk)', () => {
    const kk = cells([
      ['Бағыт', 'Көрсеткіш', '2025 жыл', '', '', '2024 ж.'],
      ['', '', 'I тоқсан', 'II тоқсан', 'І жартыжылдық', ''],
      ['Ұйымдастыру жұмысы', 'Кеңес отырыстары', '2', '1', '3', '2'],
      ['', 'Комиссия отырыстары', '4', '5', '9', '8'],
      ['Іс-шаралар', 'Қоғамдық мониторинг', '1', '2', '3', '4'],
    ]);
    expect(figureMap(reportUnder(kk, 'Қоғамдық кеңестің 2025 жылғы І жартыжылдықтағы жұмысы туралы ақпарат'))).toMatchObject({ general_meetings: 3, commission_meetings: 9, monitorings: 3 });
  });

  it('reads no figure from a table of groups with no column of the period (near-miss)', () => {
    const near = cells([
      ['Направление', 'Показатель', 'I кв.', 'II кв.'],
      ['Организационная работа', 'Заседания Общественного совета', '1', '2'],
      ['', 'Заседания постоянных комиссий', '8', '11'],
      ['Мероприятия', 'Общественный мониторинг', '2', '3'],
    ]);
    const x = reportUnder(near, RU_YEAR_TITLE);
    expect(figureList(x)).toEqual([]);
  });
});

describe('media tables: a period over the measures, platforms as columns read from a PDF', () => {
  it('reads a Word media table whose measures stand under the period (ru)', () => {
    const t = ['\tПлощадка', '\tI полугодие 2025 г.', '\t', '\t', '\tпубликаций', '\tпросмотров', '\tInstagram', '\t58', '\t24 300', '\tTelegram-канал', '\t35', '\t9 870', '\tСайт акимата', '\t18', '\tн/д'].join('\n');
    expect(mediaList(reportUnder(t, 'Информация о деятельности Общественного совета за I полугодие 2025 года'))).toEqual(['instagram:58/24300', 'telegram:35/9870', 'website:18/null']);
  });

  it('reads platforms as columns, views in thousands (ru)', () => {
    const t = ['Таблица 2. Информационное сопровождение', '', 'Сайт', 'Министерства\tInstagram Facebook Итого', '(раздел Совета)', '', 'Публикаций, ед.\t38\t52\t21\t111', '', 'Просмотров, тыс.\t12,4\t41,3\t8,9\t62,6'].join('\n');
    expect(mediaList(reportUnder(t))).toEqual(['website:38/12400', 'instagram:52/41300', 'facebook:21/8900']);
  });

  it('reads platforms as columns in Kazakh (kk)', () => {
    const t = ['Кесте 2', '', 'Сайт\tInstagram Telegram Барлығы', '', 'Жарияланымдар, бірл.\t10\t20\t5\t35', '', 'Қаралымдар, мың\t1,5\t4,2\t0,8\t6,5'].join('\n');
    expect(mediaList(reportUnder(t, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп'))).toEqual(['website:10/1500', 'instagram:20/4200', 'telegram:5/800']);
  });

  it('reads nothing when the header names fewer platforms than there are counts (near-miss)', () => {
    const t = ['Сайт\tInstagram', '', 'Публикаций, ед.\t38\t52\t21', '', 'Просмотров, тыс.\t12,4\t41,3\t8,9'].join('\n');
    expect(mediaList(reportUnder(t))).toEqual([]);
  });
});

describe('bullets of counts in brackets under a heading that names their thing', () => {
  const RU = [
    'РАЗДЕЛ III. ЗАСЛУШИВАНИЕ ОТЧЕТОВ (9)',
    '  Заслушаны отчеты 9 руководителей (каждый – по одному разу):',
    '  • управлений акимата области (6): здравоохранения; образования;',
    '    энергетики и ЖКХ',
    '  • акимов районов и городов (3): г. Рудного, Костанайского района',
    '',
    'РАЗДЕЛ V. ЭКСПЕРТИЗА ПРОЕКТОВ НПА (18)',
    '  • без замечаний (11)',
    '  • с замечаниями (7)',
    '  • на рассмотрении по состоянию на 30.09.2025 (2)',
    '',
    'РАЗДЕЛ VI. ПУБЛИЧНЫЕ СЛУШАНИЯ И КРУГЛЫЕ СТОЛЫ',
    '  • круглые столы (4) – 20.02, 16.04, 19.06, 10.09',
    '  • меморандум о сотрудничестве (1) – с университетом, подписан 3 июля',
  ].join('\n');

  it('reads each bullet\'s count, under the heading\'s thing (ru)', () => {
    expect(figureMap(reportUnder(RU, 'Итоги работы Общественного совета за 9 месяцев 2025 года'))).toMatchObject({
      report_hearings: 9, departments_heard: 6, district_akimats_heard: 3, npa_reviewed: 18, npa_approved: 11,
      npa_with_remarks: 7, npa_pending: 2, round_tables: 4, memoranda: 1,
    });
  });

  it('reads Kazakh bullets with a note after the count (kk)', () => {
    const kk = ['Іс-шаралар:', '  • дөңгелек үстелдер – 3 – 12.02, 14.05, 20.09', '  • қоғамдық мониторинг – 5 – мектептер, емханалар'].join('\n');
    expect(figureMap(reportUnder(kk, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп'))).toMatchObject({ round_tables: 3, monitorings: 5 });
  });

  it('reads no count from a bullet whose bracket is a note of words or a plan (near-miss)', () => {
    const near = ['ПЛАН НА 2026 ГОД', '  • круглые столы (6) – ежеквартально', '  • общественный мониторинг (8)'].join('\n');
    expect(figureList(reportUnder(near))).toEqual([]);
  });
});

describe('the members a council is made of: "входит 21 член"', () => {
  it('reads the singular verb as the plural (ru)', () => {
    expect(figureMap(reportUnder('По состоянию на 31 декабря 2025 года в состав Совета входит 21 член.'))).toMatchObject({ members_total: 21 });
  });

  it('reads the Kazakh composition (kk)', () => {
    expect(figureMap(reportUnder('Кеңес құрамына 21 мүше кіреді.', 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп'))).toMatchObject({ members_total: 21 });
  });

  it('reads the count in a composition heading\'s bracket (variant)', () => {
    expect(figureMap(reportUnder('РАЗДЕЛ I. СОСТАВ СОВЕТА (23 члена на 30.09.2025)'))).toMatchObject({ members_total: 23 });
  });

  it('never reads a group\'s composition in a bracket as the council\'s (near-miss)', () => {
    expect(figureList(reportUnder('Состав рабочей группы (5 членов)'))).not.toContain('members_total=5');
  });

  it('never reads new members as the council\'s size (near-miss)', () => {
    expect(figureList(reportUnder('В Совет входит 3 новых члена.'))).not.toContain('members_total=3');
  });
});

describe('publications broken down after an abbreviated "в т.ч."', () => {
  it('reads the total and each platform (ru)', () => {
    const x = reportUnder('Размещено 302 публикации, в т.ч. в Instagram – 146, Telegram – 98, Facebook – 58.');
    expect(figureMap(x)).toMatchObject({ publications: 302 });
    expect(mediaList(x)).toEqual(['instagram:146/null', 'telegram:98/null', 'facebook:58/null']);
  });

  it('reads the spaced abbreviation and the Kazakh "оның ішінде" alike (variant, kk)', () => {
    expect(mediaList(reportUnder('Размещено 120 публикаций, в т. ч. в Instagram – 80.'))).toEqual(['instagram:80/null']);
    const kk = reportUnder('Барлығы 120 жарияланым жарияланды, оның ішінде Instagram – 80, Telegram – 40.', 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп');
    expect(mediaList(kk)).toEqual(['instagram:80/null', 'telegram:40/null']);
  });

  it('gives no total when the count is approximate (near-miss)', () => {
    expect(figureList(reportUnder('Размещено около 300 публикаций, в т.ч. в Instagram – 146.'))).not.toContain('publications=300');
  });
});

describe('a questionnaire\'s dated list under its bare count', () => {
  const Q3_RU = 'АНКЕТА-ОТЧЕТ о деятельности общественного совета за III квартал 2025 года';
  it('lists the activities the question names (ru)', () => {
    const t = ['9. Проведено общественных мониторингов (с датами):', '3', '– 08.07.2025 – качество питьевой воды', '– 12.08.2025 – подготовка школ', '– 04.09.2025 – работа ЦОН'].join('\n');
    expect(activityList(reportUnder(t, Q3_RU))).toEqual(['monitoring 2025-07-08', 'monitoring 2025-08-12', 'monitoring 2025-09-04']);
  });

  it('lists them in Kazakh (kk)', () => {
    const t = ['5. Өткізілген қоғамдық мониторингтер (күндерімен):', '2', '– 08.07.2025 – ауыз су сапасы', '– 12.08.2025 – мектептердің дайындығы'].join('\n');
    expect(activityList(reportUnder(t, 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат'))).toEqual(['monitoring 2025-07-08', 'monitoring 2025-08-12']);
  });

  it('lists nothing under a count that answers no question (near-miss)', () => {
    const t = ['Итоги квартала', '3', '– 08.07.2025 – качество питьевой воды', '– 12.08.2025 – подготовка школ'].join('\n');
    expect(activityList(reportUnder(t, Q3_RU)).filter((a) => a.startsWith('monitoring'))).toEqual([]);
  });
});
