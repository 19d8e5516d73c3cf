/**
 * Classes the blind held-out reports of set 18 showed (Russian city, district and ministry councils), each tested
 * beyond the sentence it came from, in Russian and Kazakh, with near-misses that must not match: a text table typed
 * with spaces between rules, its labels wrapped so the counts stand on the label's second line, the quarter's column
 * first beside the year's running total; a chronology whose entries wrap onto lines set in under them and whose
 * entry opens with a meeting; a span of months as the period; the whole year's count in a quarter's report; a table
 * by commission whose "Итого по Совету" row is the council's figure (as stated, not the column's sum), its header
 * cell wrapped into two cells by a PDF; a form's points "N.<TAB>Проведено: …"; the council's make-up in one clause;
 * a ministry's own people as its state members; a note "из них 24 – без замечаний"; a platform's page with its owner.
 */
import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../../sources/extract/grammar/sentencesOf.ts';
import { readPeriod } from '../../../../sources/extract/report/readPeriod.ts';
import { activityList, candidateList, figureList, figureMap, mediaList, reportUnder } from '../../../helpers/extractCases.ts';

const Q2_RU = 'ИНФОРМАЦИЯ о деятельности Общественного совета за II квартал 2025 года';
const Q2_KK = 'Қоғамдық кеңестің 2025 жылғы II тоқсандағы жұмысы туралы ақпарат';
const Q4_RU = 'Информация о работе Общественного совета за IV квартал 2025 года';
const H1_RU = 'Отчет о работе Общественного совета за I полугодие 2025 года';

describe('a text table between rules, labels wrapped with their counts on the second line, the quarter first', () => {
  const RU = [
    'Показатель                             II кв.      с начала    II кв.',
    '                                       2025 г.     2025 г.     2024 г.',
    '-----------------------------------------------------------------------',
    'Заседания Общественного совета            3           5           2',
    'Заслушивание отчетов руководителей',
    '  госорганов                              2           4           1',
    'Круглые столы                             1           2           0',
    '-----------------------------------------------------------------------',
    '',
    '2. Прочее',
    '',
    '1 член Совета принял участие в семинаре.',
  ].join('\n');

  it('reads the quarter\'s column, the wrapped label whole; a table\'s rule opens no footnotes', () => {
    expect(figureMap(reportUnder(RU, Q2_RU))).toMatchObject({ general_meetings: 3, report_hearings: 2, round_tables: 1 });
    expect(figureList(reportUnder(RU, Q2_RU))).not.toContain('report_hearings=4');
  });

  it('Kazakh: "Басшылардың" / "  есептерін тыңдау"', () => {
    const KK = [
      'Көрсеткіш                              II тоқсан   жыл басынан',
      '                                       2025 ж.     2025 ж.',
      '-----------------------------------------------------------------',
      'Кеңес отырыстары                          2           4',
      'Басшылардың',
      '  есептерін тыңдау                        3           5',
      'Дөңгелек үстелдер                         1           1',
      '-----------------------------------------------------------------',
    ].join('\n');
    expect(figureMap(reportUnder(KK, Q2_KK))).toMatchObject({ general_meetings: 2, report_hearings: 3, round_tables: 1 });
  });

  it('a line of words over a row of its own is not that row\'s label (the row\'s label opens in capitals)', () => {
    const text = [
      'Показатель                             II кв. 2025 г.    II кв. 2024 г.',
      '-----------------------------------------------------------------------',
      'Заседания Общественного совета            3                 2',
      'Прочие мероприятия',
      'Круглые столы                             1                 0',
      '-----------------------------------------------------------------------',
    ].join('\n');
    expect(figureList(reportUnder(text, Q2_RU))).not.toContain('round_tables=0');
  });
});

describe('a chronology whose entries wrap, one opening with a meeting', () => {
  it('reads each entry with its wrapped lines; a meeting that heard a report is a hearing', () => {
    const text = [
      '2. Мероприятия квартала',
      '',
      '10.04.2025 – мониторинг работы общественного транспорта (маршруты № 1 и № 4)',
      '             и пассажиропотока на автостанции.',
      '24.04.2025 – выездное заседание Совета в п. Жайрем, заслушан отчет руководителя',
      '             ГУ «Отдел образования» о подготовке к ЕНТ (выпускников – 214 человек).',
      '15.05.2025 – круглый стол «Молодежь: занятость и досуг» (участвовали',
      '             46 человек, в т.ч. 3 депутата маслихата).',
    ].join('\n');
    expect(activityList(reportUnder(text, Q2_RU))).toEqual(['monitoring 2025-04-10', 'report_hearing 2025-04-24', 'round_table 2025-05-15']);
  });

  it('Kazakh: "көшпелі отырыс: есеп тыңдалды"', () => {
    const text = [
      '12.04.2025 – мониторинг: мектептердегі ыстық тамақ',
      '             (5 мектеп).',
      '20.05.2025 – Кеңестің көшпелі отырысы, білім бөлімінің басшысының есебі тыңдалды.',
      '14.06.2025 – дөңгелек үстел «Жастар және жұмыспен қамту».',
    ].join('\n');
    expect(activityList(reportUnder(text, Q2_KK))).toEqual(['monitoring 2025-04-12', 'report_hearing 2025-05-20', 'round_table 2025-06-14']);
  });

  it('an off-site meeting that names nothing else it did is no activity (not a site visit)', () => {
    const text = [
      '10.04.2025 – мониторинг работы общественного транспорта.',
      '24.04.2025 – выездное заседание Совета в п. Жайрем.',
      '15.05.2025 – круглый стол «Молодежь моногорода».',
    ].join('\n');
    expect(activityList(reportUnder(text, Q2_RU))).toEqual(['monitoring 2025-04-10', 'round_table 2025-05-15']);
  });
});

describe('a span of months as the period', () => {
  it.each([
    ['СПРАВКА о деятельности Общественного совета за январь – ноябрь 2025 года', { from: '2025-01-01', to: '2025-11-30' }],
    ['Информация за январь-сентябрь 2025 г.', { from: '2025-01-01', to: '2025-09-30' }],
    ['Қоғамдық кеңестің 2025 жылғы қаңтар–қыркүйек айларындағы жұмысы туралы', { from: '2025-01-01', to: '2025-09-30' }],
    ['Қоғамдық кеңестің қаңтар-қараша 2025 ж. жұмысы туралы анықтама', { from: '2025-01-01', to: '2025-11-30' }],
  ])('%s', (title, want) => {
    expect(readPeriod([title], undefined, [])).toEqual(want);
  });

  it('a month and a date are no span: "по состоянию на 01.12.2025" does not make the year', () => {
    expect(readPeriod(['Отчет о работе Общественного совета за 2025 год', '(по состоянию на 01.12.2025 г.)'], undefined, [])).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});

describe('the whole year\'s count in a quarter\'s report is a candidate', () => {
  it('Russian: "Всего за 2025 год проведено 8 заседаний Совета и 27 заседаний комиссий"', () => {
    const x = reportUnder('В IV квартале проведено 2 заседания Общественного совета. Всего за 2025 год проведено 8 заседаний Совета и 27 заседаний комиссий.', Q4_RU);
    expect(figureMap(x)).toEqual({ general_meetings: 2 });
    expect(candidateList(x)).toEqual(expect.arrayContaining(['commission_meetings=27', 'general_meetings=8']));
  });

  it('Kazakh: "2025 жылы барлығы 27 комиссия отырысы өткізілді"', () => {
    const x = reportUnder('Тоқсанда Кеңестің 2 отырысы өткізілді. 2025 жылы барлығы 9 мониторинг жүргізілді.', Q2_KK);
    expect(figureList(x)).not.toContain('monitorings=9');
  });

  it('near-miss: in the year\'s own report the year\'s count is the figure', () => {
    expect(figureMap(reportUnder('Всего за 2025 год проведено 8 заседаний Совета и 27 заседаний комиссий.'))).toMatchObject({ general_meetings: 8, commission_meetings: 27 });
  });
});

describe('a table by commission: the total row is the council\'s, as stated', () => {
  const tab = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

  it('Russian, a header cell wrapped into two by the PDF, a footnote mark in a cell, the total not the sum', () => {
    const text = [
      '3. Работа комиссий в IV квартале 2025 года',
      tab([
        ['Комиссия', 'Заседаний комиссии', 'Мониторингов', 'Круглых', 'столов', 'Поступило обращений'],
        ['по социальным вопросам', '3', '2*', '1', '5'],
        ['по вопросам АПК и экологии', '2', '2*', '0', '3'],
        ['Итого по Совету', '5', '3', '1', '8'],
      ]),
      '* Мониторинг проведен совместно двумя комиссиями; в итоге учтен один раз.',
    ].join('\n');
    expect(figureMap(reportUnder(text, Q4_RU))).toEqual({ commission_meetings: 5, monitorings: 3, round_tables: 1, appeals_received: 8 });
  });

  it('Kazakh: "Кеңес бойынша барлығы"', () => {
    const text = tab([
      ['Комиссия атауы', 'Мониторингтер', 'Дөңгелек үстелдер'],
      ['Әлеуметтік комиссия', '2', '1'],
      ['Экономикалық комиссия', '1', '1'],
      ['Кеңес бойынша барлығы', '3', '2'],
    ]);
    expect(figureMap(reportUnder(text, Q2_KK))).toEqual({ monitorings: 3, round_tables: 2 });
  });

  it('near-miss: with no total row the commissions\' rows are not summed, nor read as the council\'s', () => {
    const text = tab([
      ['Комиссия', 'Мониторингов', 'Круглых столов'],
      ['по социальным вопросам', '2', '1'],
      ['по экономике', '1', '0'],
    ]);
    expect(figureList(reportUnder(text, Q4_RU))).toEqual([]);
  });
});

describe('a form\'s points "N.<TAB>Проведено: …"', () => {
  const text = [
    'Состав Совета на 30.06.2025 – 13 членов, 2 постоянные комиссии.',
    '',
    '1.\tПроведено: 3 заседания Общественного совета (12.02.2025, 10.04.2025, 19.06.2025).',
    '2.\tПроведено: заседаний президиума – не проводились (президиум избран 19.06.2025).',
    '3.\tПроведено: 2 круглых стола – 14.03.2025 «Чистый город: раздельный сбор» и 06.06.2025 «Летняя занятость подростков».',
    '4.\tПроведено: 1 обучающий семинар для членов Совета (26.02.2025, лектор – эксперт палаты).',
    '5.\tПроведено: 14 публикаций на странице Совета в Instagram (просмотров – 5 300).',
  ].join('\n');
  const x = reportUnder(text, H1_RU);

  it('reads the dated events, the none, the make-up and the page\'s publications', () => {
    expect(activityList(x)).toEqual(['round_table 2025-03-14', 'round_table 2025-06-06', 'seminar 2025-02-26']);
    expect(figureMap(x)).toMatchObject({ presidium_meetings: 0, commissions: 2, members_total: 13, general_meetings: 3 });
    expect(mediaList(x)).toEqual(['instagram:14/5300']);
  });

  it('near-miss: commissions that did something are no count of commissions', () => {
    expect(figureList(reportUnder('В составе Совета 13 членов, 2 комиссии провели выездные заседания.', H1_RU))).not.toContain('commissions=2');
  });
});

describe('a ministry\'s or an akimat\'s own people as the state members', () => {
  it.each([
    ['Состав Совета: 25 членов, из них 17 – представители гражданского общества, 8 – представители министерства и подведомственных организаций.', { members_total: 25, members_civil: 17, members_state: 8 }],
    ['В составе Общественного совета 20 членов: 14 представителей гражданского общества (эксперты, ректоры) и 6 представителей Министерства.', { members_total: 20, members_civil: 14, members_state: 6 }],
    ['Кеңес құрамында 15 мүше: 10-ы – азаматтық қоғам өкілдері, 5-і – министрлік өкілдері.', { members_total: 15, members_state: 5 }],
  ])('%s', (text, want) => {
    expect(figureMap(reportUnder(text))).toMatchObject(want);
  });

  it('near-miss: the ministry\'s people at a meeting are no members', () => {
    expect(figureList(reportUnder('На заседании Совета присутствовали 12 членов Совета и 3 представителя министерства.'))).not.toContain('members_state=3');
  });
});

describe('a plan and fact table\'s note: "из них 24 – без замечаний, 7 – с замечаниями"', () => {
  it('the count first, its label after', () => {
    const text = ['№\tНаправление работы\tПлан\tФакт\tПримечание', '1\tЗаседания Общественного совета\t4\t5\t', '2\tРассмотрение проектов НПА\tпо мере поступления\t31\tиз них 24 – без замечаний, 7 – с замечаниями'].join('\n');
    expect(figureMap(reportUnder(text))).toMatchObject({ general_meetings: 5, npa_reviewed: 31, npa_approved: 24, npa_with_remarks: 7 });
  });
});

describe('a place abbreviated before its name does not end a sentence', () => {
  it.each([
    ['Мониторинги: 14.10.2025 – питание в с. Мадениет и с. Тарбагатай; 05.11.2025 – пастбища.', 1],
    ['Выездной прием прошел в пос. Жайрем. Обращений не поступило.', 2],
    ['Мониторинг проведен в а. Қарабұлақ және а. Ақсу.', 1],
  ])('%s', (text, n) => {
    expect(sentencesOf(text)).toHaveLength(n);
  });
});

describe('appeals: the answers "по N обращениям", the organisations by their kind', () => {
  it.each([
    ['Поступило 17 обращений. Даны ответы по 14 обращениям, 3 находятся на рассмотрении.', { appeals_received: 17, appeals_answered: 14 }],
    ['Поступило 52 обращения, из них 44 – от физических лиц (студенты, родители), 8 – от вузов и научных организаций.', { appeals_received: 52, appeals_individuals: 44, appeals_legal_entities: 8 }],
    ['Кеңеске 20 өтініш түсті, оның 18-іне жауап берілді.', { appeals_received: 20, appeals_answered: 18 }],
  ])('%s', (text, want) => {
    expect(figureMap(reportUnder(text))).toMatchObject(want);
  });

  it('near-miss: organisations visited are no appeals', () => {
    expect(figureList(reportUnder('Поступило 12 обращений от физических лиц. Члены Совета посетили 3 организации.'))).not.toContain('appeals_legal_entities=3');
  });
});

describe('a total of publications split by platform, each count before its platform', () => {
  it.each([
    ['Из 64 публикаций 18 размещены на официальном сайте министерства, 46 – в Instagram (@council_page; суммарно 31 тыс. просмотров).', ['website:18/null', 'instagram:46/31000']],
    ['Из 40 публикаций 25 опубликованы в Telegram, 15 – в Facebook.', ['telegram:25/null', 'facebook:15/null']],
  ])('%s', (text, want) => {
    expect(mediaList(reportUnder(text))).toEqual(want);
  });

  it('"суммарно" is "in all", not a sum of money; "на сумму 31 тыс." still is', () => {
    expect(mediaList(reportUnder('В Instagram – 46 публикаций, суммарно 31 тыс. просмотров.'))).toEqual(['instagram:46/31000']);
    expect(figureList(reportUnder('Проведено 3 мониторинга закупок на сумму 31 тыс. тенге.'))).toEqual(['monitorings=3']);
  });
});

describe('departments\' reports heard, each on its own day, are as many hearings', () => {
  it('with the dated list: hearings and departments share the number', () => {
    const x = reportUnder('2. Заслушаны отчеты 3 отделов акимата района: 07.10.2025 – ГУ «Отдел сельского хозяйства»; 18.11.2025 – ГУ «Отдел ЖКХ»; 11.12.2025 – ГУ «Отдел образования».', Q4_RU);
    expect(figureMap(x)).toMatchObject({ report_hearings: 3, departments_heard: 3 });
    expect(activityList(x)).toEqual(['report_hearing 2025-10-07', 'report_hearing 2025-11-18', 'report_hearing 2025-12-11']);
  });

  it('near-miss: without it the number counts the departments only', () => {
    expect(figureList(reportUnder('Заслушаны отчеты 3 отделов акимата района.', Q4_RU))).toEqual(['departments_heard=3']);
  });
});

describe('a membership that did not change is 0 joined and 0 left (since session 19: sets 18–51 state it so, the early sets leave it out)', () => {
  it.each([
    ['В отчетном квартале изменений в составе не было.', Q2_RU],
    ['Есепті тоқсанда Кеңес құрамында өзгеріс болған жоқ.', Q2_KK],
  ])('%s', (text, title) => {
    const x = reportUnder(text, title);
    expect(figureList(x)).toEqual(['members_joined=0', 'members_left=0']);
    expect(candidateList(x)).toEqual([]);
  });
});

describe('subscribers are no views', () => {
  it('"подписчиков – 1 870" beside the views', () => {
    expect(mediaList(reportUnder('Telegram-канал Совета – 58 постов, 23,4 тыс. просмотров (подписчиков – 1 870).'))).toEqual(['telegram:58/23400']);
    expect(mediaList(reportUnder('Telegram-канал Совета – 58 постов (подписчиков – 1 870).'))).toEqual(['telegram:58/null']);
  });
});

describe('an activity dated outside the report\'s period is not the period\'s', () => {
  it('a first quarter\'s hearing told of in the second quarter\'s report is left out, with an issue', () => {
    const x = reportUnder('19.06.2025 состоялся круглый стол «Молодежь города».\nОбщественные слушания по проекту Правил, проведенные 18 марта 2025 г., в показатели квартала не включены.', Q2_RU);
    expect(activityList(x)).toEqual(['round_table 2025-06-19']);
    expect(x.issues.some((i) => /outside the report's period/u.test(i.message))).toBe(true);
  });

  it('near-miss: a report with no period stated keeps its dated activities', () => {
    const x = reportUnder('18.03.2025 состоялись общественные слушания по проекту Правил.', 'Информация о работе Общественного совета');
    expect(activityList(x)).toEqual(['public_hearing 2025-03-18']);
  });
});
