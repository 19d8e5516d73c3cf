/**
 * Report classes of held-out set 17 (issue 12), Kazakh-first district documents: a space-aligned table of last year,
 * the first half and the whole year under a rule of dashes; a diary by month whose items open with a date run into
 * their sentence; a plan told with its fact ("10 мониторингтің 4-еуі орындалды"); sections per commission named by
 * their field; numbered sections run into their paragraphs; a label's dash whose value wraps onto the next line; a
 * block of totals whose rows carry their parts. ru and kk, with the near-misses that must yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';

const KK_HEAD = 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n';
const RU_HEAD = 'Отчет о работе Общественного совета района за 2025 год\n\n';
const figures = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const candidates = (text: string) => parseReport(text).candidates.map((c) => `${c.metric}=${c.value}`);
const dated = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a fixed-width table of last year, the first half and the whole year, under a rule of dashes', () => {
  const table = (header: string, rows: string[]) => [header, '-'.repeat(70), ...rows, '-'.repeat(70)].join('\n');

  it('kk: the whole year\'s column, never the half-year\'s ("2025 ж. І ж/ж")', () => {
    const text = `${KK_HEAD}${table('Көрсеткіш                         2024 жыл   2025 ж. І ж/ж   2025 жыл', [
      'Кеңес отырыстары                       5            3             7',
      'Дөңгелек үстел                         2            1             4',
      'Меморандум                             1            0             0',
    ])}\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 7, round_tables: 4, memoranda: 0 });
  });

  it('ru: "1 п/г 2025" is the half, "2025 год" the period', () => {
    const text = `${RU_HEAD}${table('Показатель                        2024 год   1 п/г 2025   2025 год', [
      'Заседания Совета                       4          2           6',
      'Мониторинги                            3          1           5',
    ])}\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 6, monitorings: 5 });
  });

  it('a half-year\'s report takes the half\'s column, not the year\'s plan', () => {
    const text = `Кеңестің 2025 жылғы бірінші жартыжылдықтағы жұмысы туралы ақпарат\n\n${table('Көрсеткіш                         2024 ж. І ж/ж   2025 ж. І ж/ж', [
      'Кеңес отырыстары                       2               3',
      'Дөңгелек үстел                         1               2',
    ])}\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 3, round_tables: 2 });
  });

  it('near-miss: two columns of the year\'s halves and no whole year say nothing of the year', () => {
    const text = `${KK_HEAD}${table('Көрсеткіш                         2025 ж. І ж/ж   2025 ж. ІІ ж/ж', [
      'Кеңес отырыстары                       3               4',
      'Дөңгелек үстел                         1               2',
    ])}\n`;
    expect(figures(text).general_meetings).toBeUndefined();
    expect(figures(text).round_tables).toBeUndefined();
  });
});

describe('a diary by month, each item opening with its date run into the sentence', () => {
  const kk = `${KK_HEAD}НАУРЫЗ\n- 2025 жылғы 14 наурызда «Жастар» тақырыбында дөңгелек үстел өтті.\n- наурыздың 27-сінде аудандық емханаға қоғамдық мониторинг жүргізілді.\n\nСӘУІР\n- сәуірдің 9-ы: білім бөлімі басшысының есебі тыңдалды;\n- сәуірдің 16-сында Кеңестің кезекті отырысы өтті.\n- 2025 ж. 24 сәуірде дөңгелек үстел мен мониторинг.\n`;
  it('kk: "2025 жылғы 14 наурызда", "наурыздың 27-сінде", "сәуірдің 9-ы:"', () => {
    expect(dated(kk)).toEqual(['round_table 2025-03-14', 'monitoring 2025-03-27', 'report_hearing 2025-04-09']);
  });

  it('ru: "14 марта прошел круглый стол", "27.03.2025 мониторинг"', () => {
    const ru = `${RU_HEAD}МАРТ\n- 14 марта прошел круглый стол «Молодежь и рынок труда».\n- 27.03.2025 мониторинг районной поликлиники.\n- 30 марта состоялось заседание Совета.\n`;
    expect(dated(ru)).toEqual(['round_table 2025-03-14', 'monitoring 2025-03-27']);
  });

  it('a head of a department who gave his report at a meeting is a report heard', () => {
    const text = `${KK_HEAD}МАУСЫМ\n- маусымның 18-інде Кеңес отырысы өтті, аудандық білім бөлімінің басшысы есеп берді.\n`;
    expect(dated(text)).toEqual(['report_hearing 2025-06-18']);
  });

  it('near-miss: the chair reporting to the maslikhat is no hearing; an item whose date does not open it is not read', () => {
    const text = `${KK_HEAD}ЖЕЛТОҚСАН\n- желтоқсанның 17-сінде Кеңес төрағасы мәслихат сессиясында есеп берді.\n- Жоспар бойынша 2025 жылғы 20 желтоқсанда мониторинг.\n`;
    expect(dated(text)).toEqual([]);
  });
});

describe('a plan told with its fact: "M <noun>-тің N-еуі орындалды"', () => {
  it.each([
    ['Жылдық жоспардағы 10 мониторингтің 4-еуі орындалды.', 'monitorings', 4],
    ['Жоспарланған 6 отырыстың 5-еуі өткізілді.', 'general_meetings', 5],
    ['Жоспардағы 8 мониторингтің 6-сы жүргізілді (өткен жылы – 5).', 'monitorings', 6],
  ])('%s', (sentence, metric, value) => {
    expect(figures(`${KK_HEAD}${sentence}\n`)[metric]).toBe(value);
  });

  it('near-miss: the part moved to next year was not done, nor is the plan a figure', () => {
    const text = `${KK_HEAD}Жоспардағы 10 мониторингтің 4-еуі келесі жылға ауыстырылды.\n`;
    expect(figures(text).monitorings).toBeUndefined();
  });
});

describe('sections per commission named by their field, with no council total', () => {
  const kk = `${KK_HEAD}Кеңестің 5 отырысы өтті.\n\n1. Әлеуметтік сала комиссиясы (төрағасы – Бекова Ж.С.)\n   Комиссия 4 отырыс өткізді. 2 мониторинг жүргізілді.\n\n2. Экономика және бюджет комиссиясы (төрағасы – Қасенов Ө.)\n   3 отырыс. 6 НҚА жобасы қаралды.\n\nХат жұмысы. Кеңес атынан мемлекеттік органдарға 12 хат жолданды.\n`;
  it('kk: the commissions\' counts are candidates; the paragraph after the run-in title is the council\'s again', () => {
    const f = figures(kk);
    expect(f.commission_meetings).toBeUndefined();
    expect(f.monitorings).toBeUndefined();
    expect(f.npa_reviewed).toBeUndefined();
    expect(f).toMatchObject({ general_meetings: 5, letters_sent: 12 });
    expect(candidates(kk)).toEqual(expect.arrayContaining(['commission_meetings=4', 'monitorings=2', 'npa_reviewed=6']));
  });

  it('ru: "1. Социальная комиссия (председатель – …)"', () => {
    const ru = `${RU_HEAD}1. Социальная комиссия (председатель – Иванова А.А.)\nПроведено 4 заседания, 2 мониторинга.\n\nОбращения. В Совет поступило 9 обращений.\n`;
    expect(figures(ru).monitorings).toBeUndefined();
    expect(figures(ru).appeals_received).toBe(9);
  });

  it('near-miss: "Комиссиялар барлығы 7 отырыс өткізді" after the sections is the council\'s total', () => {
    const text = `${KK_HEAD}1) Әлеуметтік сала комиссиясы (төрағасы – Бекова Ж.С.)\n   – 3 отырыс өткізді;\n\nКомиссиялар барлығы 7 отырыс өткізді.\n`;
    expect(figures(text).commission_meetings).toBe(7);
  });
});

describe('numbered sections run into their paragraphs', () => {
  it('kk and ru: "5. НҚА жобалары. …" after a hearing told once are sections, not the hearing\'s list', () => {
    const kk = `${KK_HEAD}4. Мониторинг. Барлығы – 3 мониторинг.\n2025 жылғы 12 маусымда ереже жобасы бойынша қоғамдық тыңдау өтті, оған 64 тұрғын қатысты.\n\n5. НҚА жобалары. Кеңес 8 НҚА жобасын қарады.\n\n6. Өтініштер. Кеңеске 19 өтініш түсті.\n`;
    const ru = `${RU_HEAD}4. Мониторинг. Всего – 3 мониторинга.\n12 июня 2025 года проведены общественные слушания по проекту правил, участвовали 64 жителя.\n\n5. Проекты НПА. Совет рассмотрел 8 проектов НПА.\n\n6. Обращения. В Совет поступило 19 обращений.\n`;
    // Session 24: the Russian hearing told once by its date is 1 (five writers of sets 37–55); the Kazakh one is left out (set 17).
    expect(figures(kk).public_hearings).toBeUndefined();
    expect(figures(ru).public_hearings).toBe(1);
    for (const text of [kk, ru]) {
      expect(dated(text)).toEqual(['public_hearing 2025-06-12']);
      expect(figures(text)).toMatchObject({ npa_reviewed: 8, appeals_received: 19 });
    }
  });

  it('a numbered section\'s "…мониторингтер:" over dated dashes lists them', () => {
    const kk = `${KK_HEAD}4. Қоғамдық мониторинг. Өткізілген мониторингтер:\n- 2025 жылғы 18 ақпанда – аудандық аурухана;\n- 2025 жылғы 14 мамырда – жылу жүйесі.\n`;
    const ru = `${RU_HEAD}4. Общественный мониторинг. Проведенные мониторинги:\n- 18 февраля 2025 года – районная больница;\n- 14 мая 2025 года – система теплоснабжения.\n`;
    for (const text of [kk, ru]) expect(dated(text)).toEqual(['monitoring 2025-02-18', 'monitoring 2025-05-14']);
  });

  it('near-miss: an item with a colon over dashes that are not dated keeps them as its sub-items', () => {
    const text = `${RU_HEAD}Мониторинги:\n1. Проведен мониторинг школ:\n- школа № 3;\n- школа № 5.\n`;
    expect(parseReport(text).activities.filter((a) => a.type === 'monitoring')).toHaveLength(1);
  });

  it('the heading of a sentence run into a numbered section names no part of the period', () => {
    const kk = `${KK_HEAD}2. Отырыстар. 2025 жылы Кеңестің 6 отырысы өткізілді (оның ішінде бірінші жартыжылдықта –\n3). Тұрақты комиссиялар 14 отырыс өткізді.\n`;
    expect(figures(kk)).toMatchObject({ general_meetings: 6, commission_meetings: 14 });
  });
});

describe('a label\'s dash whose value wraps onto the next line', () => {
  it.each([
    `${KK_HEAD}Кеңеске 26 өтініш келіп түсті. Оның ішінде жеке тұлғалардан – 22, заңды тұлғалардан –\n4. 19 өтінішке жауап берілді.\n`,
    `${RU_HEAD}В Совет поступило 26 обращений, в том числе от физических лиц – 22, от юридических лиц –\n4. Ответы даны на 19 обращений.\n`,
  ])('%s', (text) => {
    expect(figures(text)).toMatchObject({ appeals_received: 26, appeals_individuals: 22, appeals_legal_entities: 4 });
    expect(parseReport(text).issues.some((i) => /numbering/u.test(i.message))).toBe(false);
  });

  it('kk: the parts of the composition in a bracket wrapped after a dash', () => {
    const text = `${KK_HEAD}Кеңес құрамы – 15 мүше (азаматтық қоғам өкілдері – 11, мемлекеттік органдардың өкілдері –\n4), 31.12.2025 жағдай бойынша.\n`;
    expect(figures(text)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });

  it('ru: the parts in the bracket after the total, the last closed by the bracket', () => {
    const text = `${RU_HEAD}Совет состоит из 15 членов (представители гражданского общества – 11, представители госорганов – 4).\n`;
    expect(figures(text)).toMatchObject({ members_total: 15, members_civil: 11, members_state: 4 });
  });

  it('near-miss: a line ending with a dash over a numbered heading after a blank line stays apart', () => {
    const text = `${RU_HEAD}Поступило обращений –\n\n4. Проекты НПА. Рассмотрено 8 проектов НПА.\n`;
    expect(figures(text).appeals_received).toBeUndefined();
  });
});

describe('a block of totals whose rows carry their parts', () => {
  it('kk: "НҚА жобаларын қарау - 9, оның ішінде 2-еуіне ескерту жіберілді", "Азаматтардың өтініштері - 14, оның 13-іне …"', () => {
    const text = `${KK_HEAD}ЖЫЛ ҚОРЫТЫНДЫСЫ\nКеңес отырыстары - 4\nЕсеп тыңдау - 4 (аудан әкімдігінің 4 бөлімі)\nНҚА жобаларын қарау - 9, оның ішінде 2-еуіне ескерту жіберілді\nАзаматтардың өтініштері - 14, оның 13-іне жауап берілді, 1-еуі қаралуда\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, report_hearings: 4, departments_heard: 4, npa_reviewed: 9, npa_with_remarks: 2, appeals_received: 14, appeals_answered: 13 });
  });

  it('ru: "Обращения граждан – 14, из них 13 рассмотрено"', () => {
    const text = `${RU_HEAD}Итоги года:\nЗаседания Совета – 4\nОбращения граждан – 14, из них на 13 даны ответы\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, appeals_received: 14 });
  });

  it('near-miss: a count in the row\'s note that is the row\'s own metric again is not read twice', () => {
    const text = `${KK_HEAD}Кеңес отырыстары - 4 (оның 2-еуі көшпелі)\nДөңгелек үстел - 2\n`;
    expect(figures(text)).toMatchObject({ general_meetings: 4, round_tables: 2 });
  });
});

describe('commissions\' sections as a numbered list, their dashes dated', () => {
  it('kk: the dashes that open with a date and name one type are the activities, never the heading\'s type', () => {
    const text = `${KK_HEAD}Отырыстарда 5 есеп тыңдалды.\n\n1) Әлеуметтік мәселелер жөніндегі комиссия (төрағасы – Ұзақова Г.Т.)\n   – 3 отырыс өткізді;\n   – 2025 жылғы 14 наурызда мектеп асханасына мониторинг жүргізді;\n2) Экономика және бюджет комиссиясы (төрағасы – Әлімов С.)\n   – 2025 жылғы 17 сәуірде суару арналарына мониторинг.\n`;
    expect(dated(text)).toEqual(['monitoring 2025-03-14', 'monitoring 2025-04-17']);
  });

  it('ru: "1. Комиссия по социальным вопросам" over "– 14.03.2025 – мониторинг …"', () => {
    const text = `${RU_HEAD}Заслушано 5 отчетов.\n\n1. Комиссия по социальным вопросам (председатель – Иванова А.А.)\n   – проведено 3 заседания;\n   – 14.03.2025 – мониторинг школьных столовых;\n2. Комиссия по экономике (председатель – Петров С.С.)\n   – 17.04.2025 – круглый стол «Фермеры».\n`;
    expect(dated(text)).toEqual(['monitoring 2025-03-14', 'round_table 2025-04-17']);
  });
});

// Gaps left: the Russian "заслушаны отчеты: отдела образования (27 февраля 2025 года), …" and a Kazakh sentence with no
// count before its list ("басшыларының есептері тыңдалды: білім бөлімі (ақпанның 27-сі), …") give only their first date.
describe('reports heard on dates in brackets, one sentence', () => {
  it.each([
    `${KK_HEAD}Кеңес отырыстарында 3 есеп тыңдалды: білім бөлімі (2025 жылғы 27 ақпанда), ауыл шаруашылығы бөлімі (мамырдың 29-ы) және жұмыспен қамту бөлімі (2025 жылғы 18 қыркүйекте).\n`,
  ])('%s', (text) => {
    expect(dated(text)).toEqual(['report_hearing 2025-02-27', 'report_hearing 2025-05-29', 'report_hearing 2025-09-18']);
  });
});

describe('a count of publications broken down by platform after it', () => {
  it.each([
    [`${KK_HEAD}Кеңес қызметі туралы 34 жарияланым шықты (Facebook – 20, Instagram – 14).\n`, 34],
    [`${KK_HEAD}Кеңестің қызметі әлеуметтік желілерде 57 жарияланыммен көрсетілді:\nInstagram – 38 (қаралым саны – 15 200), Telegram – 19.\n`, 57],
    [`${RU_HEAD}О работе Совета вышло 40 публикаций (Facebook – 25, Instagram – 15).\n`, 40],
  ])('%s', (text, value) => {
    expect(figures(text).publications).toBe(value);
  });

  it('near-miss: a platform\'s count with its views in a bracket is no total', () => {
    const text = `${KK_HEAD}Facebook-та 54 жарияланым (барлығы 12 500 қаралым), Instagram-да 88 жарияланым.\n`;
    expect(figures(text).publications).toBeUndefined();
  });
});
