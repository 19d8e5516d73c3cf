/**
 * Session 23, helper "events": dated activities of a sentence that counts or names its events in the plural and dates
 * them one by one (datesOfCount, pluralOnDates in readDatedSentences).
 */
import { describe, expect, it } from 'vitest';
import { reportUnder } from '../../helpers/extractCases.ts';

const KK = 'Аудандық қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп';
const dated = (text: string, title?: string) => reportUnder(text, title).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a day joined by "и" to the next shares its words (datesOfCount)', () => {
  it('Russian: "14 мая и 11 июня (…)" among six counted monitorings', () => {
    expect(dated('Члены Совета провели 6 общественных мониторингов: 19 марта (подвоз учащихся), 16 апреля (паводок), 14 мая и 11 июня (летний отдых детей, два этапа), 9 июля (ремонт дорог), 17 сентября (котельные).')).toEqual([
      'monitoring 2025-03-19', 'monitoring 2025-04-16', 'monitoring 2025-05-14', 'monitoring 2025-06-11', 'monitoring 2025-07-09', 'monitoring 2025-09-17',
    ]);
  });

  it('Kazakh: "14 мамыр мен 11 маусымда (…)" among four', () => {
    expect(dated('Кеңес мүшелері 4 мониторинг жүргізді: 19 наурызда (оқушыларды тасымалдау), 14 мамыр мен 11 маусымда (балалардың жазғы демалысы, екі кезең), 9 шілдеде (жол жөндеу).', KK)).toEqual([
      'monitoring 2025-03-19', 'monitoring 2025-05-14', 'monitoring 2025-06-11', 'monitoring 2025-07-09',
    ]);
  });

  it('near-miss: more days than the count, the first before the items ("2 мониторинга: 14 мая и 11 июня (…), 9 июля (…)"): the count\'s events are not told', () => {
    expect(dated('Проведено 2 мониторинга: 14 мая и 11 июня (школы), 9 июля (больницы).')).not.toContain('monitoring 2025-07-09');
    expect(dated('Кеңес 2 мониторинг жүргізді: 14 мамыр мен 11 маусымда (мектептер), 9 шілдеде (ауруханалар).', KK)).not.toContain('monitoring 2025-07-09');
  });

  it('near-miss: the run ends on a bare date, so the dates are not the count\'s events', () => {
    expect(dated('Проведено 3 мониторинга: 19 марта (подвоз учащихся), 14 мая и 11 июня.')).not.toContain('monitoring 2025-06-11');
  });
});

describe('the period\'s year opening the sentence is no event\'s day (datesOfCount)', () => {
  it('Russian: "В 2025 году проведено 3 публичных слушания – 12 марта …"', () => {
    expect(dated('В 2025 году проведено 3 публичных слушания – 12 марта 2025 г. (правила благоустройства), 4 июня 2025 г. (проект детальной планировки) и 19.11.2025 (бюджет района на 2026 год).')).toEqual([
      'public_hearing 2025-03-12', 'public_hearing 2025-06-04', 'public_hearing 2025-11-19',
    ]);
  });

  it('near-misses: another year as the sentence\'s time, its days without a year, gives no event of the period', () => {
    expect(dated('В 2024 году проведено публичное слушание 12 марта.')).toEqual([]);
    expect(dated('За 2024 г. проведены 3 публичных слушания – 12 марта, 14 мая и 20 июня.')).toEqual([]);
    expect(dated('2024 жылы 12 наурызда қоғамдық тыңдау өтті.', KK)).toEqual([]);
  });

  it('a year as the purpose is no time: "12 марта проведено публичное слушание по бюджету на 2026 год"', () => {
    expect(dated('12 марта проведено публичное слушание по проекту бюджета на 2026 год.')).toEqual(['public_hearing 2025-03-12']);
  });

  it('Kazakh: "2025 жылы 3 қоғамдық тыңдау өтті – 12 наурызда …"', () => {
    expect(dated('2025 жылы 3 қоғамдық тыңдау өтті – 12 наурызда (абаттандыру қағидалары), 4 маусымда (бас жоспар) және 19 қарашада (аудан бюджеті).', KK)).toEqual([
      'public_hearing 2025-03-12', 'public_hearing 2025-06-04', 'public_hearing 2025-11-19',
    ]);
  });

  it('near-miss: another year\'s hearings are not dated in the report\'s year', () => {
    expect(dated('В 2024 году проведено 3 публичных слушания – 12 марта (правила), 4 июня (планировка) и 19 ноября (бюджет).')).not.toContain('public_hearing 2025-06-04');
  });
});

describe('"публичные/общественные слушания" are plural: one hearing a day (pluralOnDates)', () => {
  it('dates each with its bracket', () => {
    expect(dated('Публичные слушания проведены 11 марта 2025 года (проект Правил субсидирования) и 7 октября 2025 года (проект Ветеринарных правил).')).toEqual(['public_hearing 2025-03-11', 'public_hearing 2025-10-07']);
  });

  it('other words and order: the topic after each day', () => {
    expect(dated('Общественные слушания прошли 5 февраля по проекту генплана и 9 сентября по бюджету.')).toEqual(['public_hearing 2025-02-05', 'public_hearing 2025-09-09']);
  });

  it('near-miss: a plan gives none', () => {
    expect(dated('Общественные слушания планируется провести 5 мая и 9 сентября.')).toEqual([]);
  });

  it('near-miss: a later date of another deed is not a second hearing', () => {
    expect(dated('Общественные слушания прошли 12 марта, протокол опубликован 15 марта.')).toEqual(['public_hearing 2025-03-12']);
  });
});

describe('a sentence introducing the events held as a list: each item typed by its own words (readLists)', () => {
  it('Russian: "За отчетный период проведены следующие мероприятия:"', () => {
    expect(dated('За отчетный период проведены следующие мероприятия:\n– 20 февраля – круглый стол «Молодежь и досуг»;\n– 15 мая – диалоговая площадка с акимом города;\n– 4 декабря – круглый стол «Итоги года».')).toEqual([
      'round_table 2025-02-20', 'dialog_platform 2025-05-15', 'round_table 2025-12-04',
    ]);
  });

  it('other words, figures for dates: "В отчётном квартале были организованы такие мероприятия:"', () => {
    expect(dated('В отчётном квартале были организованы такие мероприятия:\n– 20.02.2025 – круглый стол «Молодежь и занятость»;\n– 15.05.2025 – мониторинг подвоза учащихся.')).toEqual(['round_table 2025-02-20', 'monitoring 2025-05-15']);
  });

  it('Kazakh: "Есепті кезеңде келесі іс-шаралар өткізілді:", the type after the title', () => {
    expect(dated('Есепті кезеңде келесі іс-шаралар өткізілді:\n– 2025 жылғы 12 наурызда – «Ауыл жастары» дөңгелек үстелі;\n– 2025 жылғы 5 маусымда – мектеп асханаларына мониторинг;\n– 2025 жылғы 9 қазанда – диалог алаңы «Бизнес және билік».', KK)).toEqual([
      'round_table 2025-03-12', 'monitoring 2025-06-05', 'dialog_platform 2025-10-09',
    ]);
  });

  it('near-miss: a plan of events, Russian and Kazakh, gives none', () => {
    expect(dated('Запланированы следующие мероприятия:\n– 20 февраля – круглый стол «Молодежь»;\n– 15 мая – диалоговая площадка с акимом города.')).toEqual([]);
    expect(dated('Келесі іс-шараларды өткізу жоспарлануда:\n– 12 наурызда – дөңгелек үстел;\n– 9 қазанда – диалог алаңы.', KK)).toEqual([]);
  });
});

describe('a colon\'s next line is its titles only when it dates no event of its own (readDatedSentences)', () => {
  it('Kazakh: a colon over a table, then a paragraph dating monitorings and round tables', () => {
    const x = dated('Комиссиялар бөлінісіндегі көрсеткіштер:\n\nМониторингтер 2025 жылғы 13 наурызда (мектеп асханалары) және 17 сәуірде (жолдар) өтті. Дөңгелек үстелдер 29 мамырда («Ауыл кооперативтері») және 23 қазанда («Инклюзивті білім») ұйымдастырылды.', KK);
    expect(x).toEqual(['monitoring 2025-03-13', 'monitoring 2025-04-17', 'round_table 2025-05-29', 'round_table 2025-10-23']);
  });

  it('Russian: a colon naming monitorings over a paragraph that dates them', () => {
    expect(dated('Мониторинги по линии комиссий:\n\nМониторинги прошли 5 марта (школьное питание) и 9 апреля (дороги), круглые столы – 20 мая («Молодежь») и 14 октября («Среда»).')).not.toContain('monitoring null');
  });

  it('near-miss kept: a heading\'s line of titles alone is still its titles, undated', () => {
    expect(dated('В отчетном году проведены круглые столы на темы:\n«Молодежь и занятость», «Доступная среда».')).toEqual(['round_table null', 'round_table null']);
  });
});

describe('verbs of an event held, said of the event (activities.json heldVerbs)', () => {
  it('Russian: a round table "собрал"/"собрали" on its day', () => {
    expect(dated('Круглый стол, единственный за полугодие, собрал 5 марта представителей бизнеса.')).toEqual(['round_table 2025-03-05']);
    expect(dated('Круглый стол на тему «Заповедник и туризм» собрали 2 июля вместе с дирекцией заповедника.')).toEqual(['round_table 2025-07-02']);
  });

  it('a project discussed "в рамках общественных слушаний", Russian and Kazakh', () => {
    expect(dated('22 апреля в рамках общественных слушаний обсуждён проект Правил благоустройства; в слушаниях приняли участие 46 жителей.')).toEqual(['public_hearing 2025-04-22']);
    expect(dated('2025 жылғы 22 сәуірде қоғамдық тыңдау аясында абаттандыру қағидаларының жобасы талқыланды, 46 тұрғын қатысты.', KK)).toEqual(['public_hearing 2025-04-22']);
  });

  it('near-miss: the council collecting questionnaires, and a plan, are no event held', () => {
    expect(dated('По итогам мониторинга 5 марта Совет собрал 40 анкет жителей.')).toEqual([]);
    expect(dated('Круглый стол планируется собрать 5 марта 2026 года.')).toEqual([]);
  });
});

describe('a bullet that introduces a dated list of its type further in: its own list (readLists)', () => {
  it('Kazakh: "•\\tҚоғамдық мониторинг (3):" over "\\to\\t22.10.2025 – …"', () => {
    expect(dated('•\tКеңес отырыстары (2)\n•\tҚоғамдық мониторинг (3):\n\to\t22.10.2025 – қоғамдық көлік\n\to\t12.11.2025 – мектепке дейінгі ұйымдар\n\to\t03.12.2025 – жылу беру маусымы\n•\tӨтініштер (12)', KK)).toEqual([
      'monitoring 2025-10-22', 'monitoring 2025-11-12', 'monitoring 2025-12-03',
    ]);
  });

  it('Russian, dashes further in, days in words', () => {
    expect(dated('• Заседания Совета (4)\n• Круглые столы (2):\n    – 14 марта – «Молодежь и занятость»\n    – 9 октября – «Доступная среда»\n• Обращения (12)')).toEqual(['round_table 2025-03-14', 'round_table 2025-10-09']);
  });

  it('near-miss: a bullet of a type without its colon keeps its sub-lines as its words (no events of them)', () => {
    expect(dated('• Заседания Совета (4)\n• Круглые столы (2)\n    – вопросы занятости молодежи\n    – доступная среда\n• Обращения (12)')).toEqual([]);
  });
});
