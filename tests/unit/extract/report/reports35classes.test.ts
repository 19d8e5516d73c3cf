/**
 * Classes of set 35's reports: a PDF table of a count per month, the months' total and last year's column under a
 * header the text layer gave out of order (report/monthTotalColumn.ts, looseTabTable.ts); a questionnaire's numbered
 * question with no colon over its bare answer (joinValueLines.ts); the appeals "of individuals and legal entities" as
 * the whole, never the legal entities, and a legal entity named by its form "от ТОО «…»" (lexicon); dated items of a run-in heading with a yearless "08.07" or a verb, an
 * event named and dated with no verb, a count's bracket naming its one event (readDatedSentences.ts); a list item's
 * count with last year's in a bracket after it (readIndicatorBlocks.ts, "Кеңес отырыстары – 2"); a none stated in a
 * numbered list item (readStatedNone.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const ruQ3 = 'СПРАВКА\nо деятельности Общественного совета\nза III квартал 2025 года (июль – сентябрь)\n\n';
const kkQ3 = 'АНЫҚТАМА\nҚоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы\n\n';
const ruQ1 = 'ИНФОРМАЦИЯ\nо деятельности Общественного совета\nза I квартал 2025 года\n\n';
const kkQ2 = 'АНЫҚТАМА\nҚоғамдық кеңестің 2025 жылғы II тоқсандағы жұмысы туралы\n\n';
const ruYear = 'ОТЧЕТ о работе Общественного совета за 2025 год\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const activities = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

/** A PDF table: a blank line between rows, cells run together, the two-row header's pieces out of order. */
const monthTable = (head: string, rows: string[]) => `${head}\n\n${rows.join('\n\n')}\n`;

describe('a PDF table of a count per month: the months\' total is the figure, never a month, a row number or last year', () => {
  const ruRows = [
    '1 Заседания Общественного совета\t1\t0\t1\t2\t2',
    '2 Заседания президиума\t0\t1\t0\t1\t1',
    '3 Заслушивание отчётов руководителей госорганов 1\t0\t1\t2\t3',
    '4 Общественный мониторинг\t2\t1\t2\t5\t4',
    '5 Поступило обращений граждан\t4\t3\t5\t12\t9',
    '5.1 дан ответ\t3\t3\t4\t10\t8',
  ];
  it('ru: the column that sums the months in every row, whatever the header says of it', () => {
    const text = ruQ3 + monthTable('№\tПоказатель\tиюль август сентябрь\t2025 год, по месяцам\tIII кв. 2025 III кв. 2024\tИтого\tСправочно:', ruRows);
    expect(figures(text)).toMatchObject({ general_meetings: 2, presidium_meetings: 1, report_hearings: 2, monitorings: 5, appeals_received: 12, appeals_answered: 10 });
  });
  it('kk: Kazakh months and "Барлығы", last year\'s column before the total (a variant the document did not show)', () => {
    const kkRows = ['1 Кеңес отырыстары\t1\t0\t1\t3\t2', '2 Қоғамдық мониторинг\t2\t1\t2\t4\t5', '3 Түскен өтініштер\t4\t3\t5\t9\t12'];
    const text = kkQ3 + monthTable('№\tКөрсеткіш\tшілде тамыз қыркүйек\t2025 ж., айлар бойынша\t2024 ж. III тоқсан\tБарлығы III тоқсан 2025', kkRows);
    expect(figures(text)).toMatchObject({ general_meetings: 2, monitorings: 5, appeals_received: 12 });
  });
  it('near-miss: no column sums the months — no figure at all, nor the row number', () => {
    const rows = ['1 Заседания Общественного совета\t1\t0\t1\t3\t2', '2 Общественный мониторинг\t2\t1\t2\t4\t6', '3 Поступило обращений граждан\t4\t3\t5\t9\t11'];
    const f = figures(ruQ3 + monthTable('№\tПоказатель\tиюль август сентябрь\t2025 год, по месяцам\tIII кв. 2025 III кв. 2024\tИтого\tСправочно:', rows));
    expect(f.general_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
    expect(f.appeals_received).toBeUndefined();
  });
  it('near-miss: the months are not the period\'s (a year\'s report with the first quarter\'s months) — no figure', () => {
    const f = figures(ruYear + monthTable('№\tПоказатель\tянварь февраль март\t2025 год, по месяцам\tI кв. 2025 I кв. 2024\tИтого\tСправочно:', ruRows));
    expect(f.general_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
  });
});

describe('a questionnaire: a numbered question with no colon, its bare answer on the next line', () => {
  it('ru: counts, a slash pair under its bracket, a none in words; "около 30" states nothing', () => {
    const text = `${ruQ1}1. Численность членов Общественного совета на конец отчётного периода (чел.)\n21\n\n1.1. из них представителей гражданского общества\n15\n\n2. Количество постоянных комиссий\n3\n\n4. Изменения в составе за отчётный период (включено / выведено)\n0 / 0\n\n6. Проведено заседаний постоянных комиссий\n5\n\n8. Проведено общественных слушаний\nне проводились\n\n13. Количество публикаций о деятельности Совета в СМИ\nоколо 30\n`;
    const f = figures(text);
    expect(f).toMatchObject({ members_total: 21, members_civil: 15, commissions: 3, members_joined: 0, members_left: 0, commission_meetings: 5, public_hearings: 0 });
    expect(f.publications).toBeUndefined();
  });
  it('kk: the same form in Kazakh (a variant the document did not show)', () => {
    const text = `${kkQ2}1. Тұрақты комиссиялар саны\n4\n\n2. Комиссиялар отырыстары\n7\n\n3. Қоғамдық тыңдаулар\nөткізілген жоқ\n`;
    expect(figures(text)).toMatchObject({ commissions: 4, commission_meetings: 7, public_hearings: 0 });
  });
  it('near-miss: a numbered list of topics over a sentence is no form; a question\'s number is never its count', () => {
    const f = figures(`${ruQ1}1. Мониторинг школ\nПроведён в марте, замечания направлены.\n\n2. Работа комиссий\nКомиссии работали по плану.\n\n3. Прочее\nНет замечаний.\n`);
    expect(f.monitorings).toBeUndefined();
    expect(f.commission_meetings).toBeUndefined();
  });
});

describe('the appeals "of individuals and legal entities" are the whole, never the legal entities', () => {
  it('ru: "Поступило обращений физических и юридических лиц (всего / рассмотрено)" over "4 / 4"', () => {
    const f = figures(`${ruQ1}1. Количество постоянных комиссий\n3\n\n2. Проведено заседаний постоянных комиссий\n5\n\n12. Поступило обращений физических и юридических лиц (всего / рассмотрено)\n4 / 4\n`);
    expect(f.appeals_received).toBe(4);
    expect(f.appeals_legal_entities).toBeUndefined();
  });
  it('kk: "Жеке және заңды тұлғалардың өтініштері – 6" is the appeals, not the legal entities\'', () => {
    const f = figures(`${kkQ2}Жеке және заңды тұлғалардың өтініштері – 6.\n`);
    expect(f.appeals_legal_entities).toBeUndefined();
  });
  it('near-miss: "от юридических лиц – 2" alone is still the legal entities\'', () => {
    expect(figures(`${ruQ1}Поступило 9 обращений, из них от физических лиц – 7, от юридических лиц – 2.\n`).appeals_legal_entities).toBe(2);
  });
});

describe('a legal entity named by its form: "1 – от ТОО «…»", "1-еуі – «…» ЖШС-нен"', () => {
  it('ru: "Из 12 обращений 11 поступили от физических лиц, 1 – от ТОО «Экибастуз-Сервис»."', () => {
    expect(figures(`${ruQ3}Из 12 обращений 11 поступили от физических лиц, 1 – от ТОО «Экибастуз-Сервис».\n`)).toMatchObject({ appeals_individuals: 11, appeals_legal_entities: 1 });
  });
  it('kk: "оның 11-і – жеке тұлғалардан, 1-еуі – «Сервис» ЖШС-нен"', () => {
    expect(figures(`${kkQ3}Кеңеске 12 өтініш түсті, оның 11-і – жеке тұлғалардан, 1-еуі – «Сервис» ЖШС-нен.\n`)).toMatchObject({ appeals_received: 12, appeals_legal_entities: 1 });
  });
  it('near-miss: an ИП is a person; a ТОО\'s site visited is no appeal', () => {
    expect(figures(`${ruQ3}Из 12 обращений 11 поступили от физических лиц, 1 – от ИП «Ахметов».\n`).appeals_legal_entities).toBeUndefined();
    expect(figures(`${ruQ3}Проведено 2 мониторинга, 1 – на объекте ТОО «Сервис».\n`).appeals_legal_entities).toBeUndefined();
  });
});

describe('dated items: a run-in heading, a named event with no verb, a count\'s bracket naming its event', () => {
  it('ru: "Мониторинги: 08.07 – …; 22.07 – …" with yearless dates and no point after them', () => {
    expect(activities(`${ruQ3}Мониторинги: 08.07 – ремонт дворов; 22.07 – детские площадки;\n14.08 – подготовка школ к учебному году.\n`)).toEqual(['monitoring 2025-07-08', 'monitoring 2025-07-22', 'monitoring 2025-08-14']);
  });
  it('ru: "Заслушаны отчёты: 24.07.2025 г. – ГУ «…»; 18.09.2025 г. – ГУ «…»" — each item, not the first only', () => {
    expect(activities(`${ruQ3}Заслушаны отчёты: 24.07.2025 г. – ГУ «Отдел жилищно-коммунального хозяйства»; 18.09.2025 г. – ГУ «Отдел занятости».\n`)).toEqual(['report_hearing 2025-07-24', 'report_hearing 2025-09-18']);
  });
  it('ru: "Круглый стол «…» – 20.08.2025 г. (участвовали 34 человека)." is one event', () => {
    expect(activities(`${ruQ3}Круглый стол «Доступная среда для людей с инвалидностью» – 20.08.2025 г. (участвовали 34 человека).\n`)).toEqual(['round_table 2025-08-20']);
  });
  it('kk: "Дөңгелек үстел «…» – 2025 жылғы 3 маусым." is one event (a variant the document did not show)', () => {
    expect(activities(`${kkQ2}Дөңгелек үстел «Моноқалалардағы жастар» – 2025 жылғы 3 маусым.\n`)).toEqual(['round_table 2025-06-03']);
  });
  it('ru: "– 1 (круглый стол «…», 27.03.2025)" under a question naming two kinds', () => {
    expect(activities(`${ruQ1}11. Проведено круглых столов, дискуссионных площадок – 1 (круглый стол «Безопасность на переездах», 27.03.2025)\n`)).toEqual(['round_table 2025-03-27']);
  });
  it('near-miss: a bracket naming no event ("меморандумы: 1 (с ОЮЛ «…», 22.04.2024)") is the count\'s note', () => {
    expect(activities(`${ruYear}24. Подписанные меморандумы – 1 (с ОЮЛ «Экологический альянс», 22.04.2025).\n`)).toEqual([]);
  });
  it('near-miss: "08.07" with no dash after it, in a sentence, is no item', () => {
    expect(activities(`${ruQ3}Мониторинги проведены по плану, отчёт от 08.07 направлен.\n`)).toEqual([]);
  });
});

describe('a list item\'s count with last year\'s in a bracket after it; a none in a numbered item', () => {
  it('kk: "1) Кеңес отырыстары – 2 (2024 жылғы II тоқсанда – 1): 24 сәуірде …"', () => {
    const f = figures(`${kkQ2}2. Отырыстар:\n  1) Кеңес отырыстары – 2 (2024 жылғы II тоқсанда – 1): 24 сәуірде кезектен тыс\n     № 4 отырыс, 26 маусымда кезекті № 5 отырыс;\n  2) комиссиялар отырыстары – 7 (әлеуметтік комиссия – 3, қалғандары – 4).\n`);
    expect(f.general_meetings).toBe(2);
    expect(f.commission_meetings).toBe(7);
  });
  it('ru: "1) Заседания Совета – 2 (во II квартале 2024 г. – 1): 24 апреля …"', () => {
    expect(figures(`${ruQ1}2. Заседания:\n  1) Заседания Совета – 2 (в I квартале 2024 г. – 1): 20 февраля и 13 марта;\n  2) заседания комиссий – 5.\n`).general_meetings).toBe(2);
  });
  it('kk: "Кеңес отырыстары – 2." is read as a sentence too; near-miss: "комиссия отырыстары – 3" is no general meeting', () => {
    expect(figures(`${kkQ2}Кеңес отырыстары – 2.\n`).general_meetings).toBe(2);
    expect(figures(`${kkQ2}Комиссия отырыстары – 3.\n`).general_meetings).toBeUndefined();
  });
  it('kk and ru: a none in a numbered list item ("4) қоғамдық тыңдаулар тоқсанда өткізілген жоқ.")', () => {
    expect(figures(`${kkQ2}3. Іс-шаралар:\n  1) дөңгелек үстел (1);\n  2) қоғамдық тыңдаулар тоқсанда өткізілген жоқ.\n`).public_hearings).toBe(0);
    expect(figures(`${ruQ1}3. Мероприятия:\n  1) круглый стол (1);\n  2) общественные слушания не проводились.\n`).public_hearings).toBe(0);
  });
  it('near-miss: an item naming another year\'s none states nothing of the period', () => {
    expect(figures(`${kkQ2}3. Іс-шаралар:\n  1) дөңгелек үстел (1);\n  2) 2024 жылы қоғамдық тыңдаулар өткізілген жоқ.\n`).public_hearings).toBeUndefined();
  });
});
