/**
 * Report classes of held-out set 12 (part b): a platform's count is never the total said after it; a commission's
 * own section states the commission's counts, not the council's; a numbered list of events of several kinds, each
 * item opening with its date, is typed item by item; a stated "none held in the period" is 0.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';
import { isOneCommissionHeading } from '../../../../sources/extract/report/commissionSections.ts';

const media = (text: string) => Object.fromEntries(parseReport(text).media.map((m) => [m.platform, [m.publications, m.views]]));
const KK_HEAD = 'ТЕКЕЛІ ҚАЛАСЫНЫҢ ҚОҒАМДЫҚ КЕҢЕСІ\n\n2025 жылдың 9 айындағы (қаңтар – қыркүйек) қызметі туралы\nАҚПАРАТ\n\n';
const RU_HEAD = 'ИНФОРМАЦИЯ\nо работе Общественного совета района\nза II квартал 2025 года (апрель – июнь)\n\n';

describe('a platform\'s count is never the total said after it', () => {
  it.each([
    [KK_HEAD, 'Кеңес қызметі туралы Facebook парақшасында 41 жарияланым, Telegram арнасында 23 хабарлама, барлығы 64 жарияланым орналастырылды.', { facebook: [41, null], telegram: [23, null] }],
    [KK_HEAD, 'Instagram-да 30 жарияланым, Telegram-да 12 пост, барлығы 42 жарияланым.', { instagram: [30, null], telegram: [12, null] }],
    [RU_HEAD, 'В Facebook размещено 41 публикация, в Telegram – 23 сообщения, всего 64 публикации.', { facebook: [41, null], telegram: [23, null] }],
    [RU_HEAD, 'На странице в Instagram – 18 публикаций, в Telegram – 9 постов; итого 27 публикаций.', { instagram: [18, null], telegram: [9, null] }],
  ])('%#: each platform its own', (head, line, want) => {
    expect(media(`${head}${line}\n`)).toEqual(want);
  });

  it.each([
    [KK_HEAD, 'Facebook парақшасында 41 жарияланым, Telegram арнасында 23 тікелей эфир, барлығы 64 жарияланым орналастырылды.'],
    [RU_HEAD, 'В Facebook – 41 публикация, в Telegram – 23 эфира, всего 64 публикации.'],
  ])('%#: a platform whose own noun is unknown gets no number, never the total after it', (head, line) => {
    expect(media(`${head}${line}\n`).telegram?.[0] ?? null).toBeNull();
  });

  it.each([
    [KK_HEAD, 'Instagram парақшасында 64 жарияланым, жалпы қаралым саны – 41,3 мың; Telegram арнасында 29 хабарлама.', { instagram: [64, 41300], telegram: [29, null] }],
    [RU_HEAD, 'Instagram – 38 публикаций, всего 12 400 просмотров; Facebook – 15 публикаций.', { instagram: [38, 12400], facebook: [15, null] }],
  ])('%#: a total of the platform\'s own views after a comma stays its own', (head, line, want) => {
    expect(media(`${head}${line}\n`)).toEqual(want);
  });

  it('the total itself is still the publications', () => {
    const x = parseReport(`${KK_HEAD}Facebook парақшасында 41 жарияланым, Telegram арнасында 23 хабарлама, барлығы 64 жарияланым орналастырылды.\n`);
    expect(x.figures.find((f) => f.metric === 'publications')?.value).toBe(64);
  });
});

const figuresOf = (text: string) => Object.fromEntries(parseReport(text).figures.map((f) => [f.metric, f.value]));
const activitiesOf = (text: string) => parseReport(text).activities.map((a) => `${a.type} ${a.date_start}`);

describe('a commission\'s own section of a council\'s report states the commission\'s counts, not the council\'s', () => {
  const kk = `${KK_HEAD}I. КЕҢЕС БОЙЫНША ЖАЛПЫ КӨРСЕТКІШТЕР

Есепті кезеңде Кеңес бойынша барлығы:
– Кеңестің 4 отырысы өтті;
– 7 қоғамдық мониторинг жүргізілді.

II. КОМИССИЯЛАРДЫҢ АҚПАРАТТАРЫ

1. Әлеуметтік мәселелер жөніндегі комиссия (төрағасы – Сыздықова Г.Ж.)

Комиссия 9 айда 5 отырыс өткізді.
Сондай-ақ 2025 жылғы 14 мамырда «Жасөспірімдердің саулығы» тақырыбында 1 дөңгелек үстел өтті (42 қатысушы).

2. Тұрғын үй-коммуналдық шаруашылық жөніндегі тұрақты комиссиясы

2025 жылғы 24 шілдеде «Тариф» бойынша 1 қоғамдық тыңдау ұйымдастырылды.
Комиссияға 9 өтініш түсті.
`;
  it('Kazakh: the dated "1 дөңгелек үстел", "1 қоғамдық тыңдау" of a commission are candidates, section I\'s totals figures', () => {
    const x = parseReport(kk);
    const got = Object.fromEntries(x.figures.map((f) => [f.metric, f.value]));
    expect(got).toEqual({ general_meetings: 4, monitorings: 7 });
    expect(x.candidates.filter((c) => /one commission/u.test(c.why)).map((c) => `${c.metric}=${c.value}`)).toEqual(expect.arrayContaining(['round_tables=1', 'public_hearings=1']));
    // The events stay activities of the period.
    expect(activitiesOf(kk)).toEqual(expect.arrayContaining(['round_table 2025-05-14', 'public_hearing 2025-07-24']));
  });

  const ru = `${RU_HEAD}Всего в отчетном квартале проведено 2 заседания Общественного совета.

Комиссия по социальным вопросам (председатель – Иванова А.А.):
Проведено 3 заседания, 2 мониторинга. 14 мая 2025 г. проведен 1 круглый стол «Доступная среда».

Постоянная комиссия по экономике и бюджету (председатель – Петров Б.В.)
Рассмотрено 5 проектов НПА, проведено 2 круглых стола.

Всего комиссиями проведено 6 заседаний.

III. ОБРАЩЕНИЯ ГРАЖДАН
В Совет поступило 7 обращений.
`;
  it('Russian: a commission\'s paragraphs are its own; a line of the total and the next section are the council\'s again', () => {
    expect(figuresOf(ru)).toEqual({ general_meetings: 2, commission_meetings: 6, appeals_received: 7 });
  });

  it('a heading of all the commissions (plural) is no one commission\'s section', () => {
    const text = `${RU_HEAD}Работа постоянных комиссий\n\nКомиссиями проведено 6 заседаний. Советом проведено 3 мониторинга.\n`;
    expect(figuresOf(text)).toEqual({ commission_meetings: 6, monitorings: 3 });
  });

  it.each([
    ['1. Әлеуметтік мәселелер, білім және денсаулық сақтау жөніндегі комиссия (төрағасы – Сыздықова Г.Ж.)', true],
    ['Экономика және бюджет жөніндегі тұрақты комиссиясы:', true],
    ['2) Комиссия по социальным вопросам (председатель – Иванова А.А.)', true],
    ['Постоянная комиссия по вопросам ЖКХ и экологии', true],
    ['3. Информация комиссии по вопросам ЖКХ (председатель – Сидоров В.Г.)', true],
    ['Комиссия № 2 (председатель – Петров Б.В.):', true],
    ['Экология мәселелері жөніндегі комиссияның ақпараты', true],
    ['Работа постоянных комиссий Совета', false],
    ['Комиссиялардың жұмысы', false],
    ['II. КОМИССИЯЛАРДЫҢ АҚПАРАТТАРЫ', false],
    ['Работа постоянных комиссий', false],
    ['Комиссия по социальным вопросам провела 4 заседания.', false],
    ['Комиссия 4 отырыс өткізді.', false],
  ])('one commission\'s heading: %s → %s', (line, want) => {
    expect(isOneCommissionHeading(line)).toBe(want);
  });
});

describe('dated items with their titles in brackets: "5 наурыз («A») және 3 қыркүйек («B»)"', () => {
  it.each([
    [KK_HEAD, 'Кеңес 2 дөңгелек үстел өткізді: 5 наурыз («Туризмді дамыту») және 3 қыркүйек («Бюджеттің ашықтығы»).', ['round_table 2025-03-05', 'round_table 2025-09-03']],
    [RU_HEAD, 'Проведено 2 круглых стола: 15 апреля («Безопасность детей») и 19 июня («Профилактика»).', ['round_table 2025-04-15', 'round_table 2025-06-19']],
    [RU_HEAD, 'Организованы 2 общественных слушания: 30.04.2025 («Правила благоустройства») и 03.06.2025 («Тарифы на вывоз ТБО»).', ['public_hearing 2025-04-30', 'public_hearing 2025-06-03']],
  ])('%#: one activity per date', (head, line, want) => {
    expect(activitiesOf(`${head}${line}\n`)).toEqual(want);
  });

  it('titles with their dates after them keep their own dates', () => {
    expect(activitiesOf(`${RU_HEAD}Проведены 2 общественных слушания: «Правила» (12 апреля) и «Тарифы» (23 мая).\n`)).toEqual(['public_hearing 2025-04-12', 'public_hearing 2025-05-23']);
  });
});

describe('a numbered list of events of several kinds, each item opening with its date, typed item by item', () => {
  const ru = `${RU_HEAD}I. Заседания

На заседаниях рассмотрено 9 вопросов, утвержден итоговый документ по мониторингу пунктов приема вторсырья.

II. Перечень мероприятий, проведенных в отчетном периоде

1.\t08.04.2025 – общественный мониторинг соблюдения санитарных норм на рынке.
2.\t15 апреля – круглый стол «Безопасность детей на дорогах» (34 участника).
3.\t22–23 апреля 2025 г. – выезд членов Совета в с. Бельбулак.
4.\t30.04. – общественные слушания по проекту правил благоустройства.
5.\t6 мая 2025 г. – мониторинг организации летнего отдыха детей (5 школ).
6.\t20 мая – выездное посещение дома-интерната.
7.\t3 июня – общественные слушания по тарифу на вывоз ТБО.
8.\t11-12.06.2025 – мониторинг качества ремонта дорог.
9.\t19 июня 2025 г. – круглый стол «Профилактика».
10.\t25.06 – заслушивание отчета руководителя отдела земельных отношений.
11.\t27 июня – субботник в парке.

Запланированный на 24 июня круглый стол по вопросам паводковой безопасности перенесен на 30 июня 2025 г. по просьбе ДЧС.
`;
  it('Russian: each item is its own type on its own date; the paragraph above the section types nothing; the postponed event is none', () => {
    expect(activitiesOf(ru)).toEqual([
      'monitoring 2025-04-08', 'round_table 2025-04-15', 'site_visit 2025-04-22', 'public_hearing 2025-04-30', 'monitoring 2025-05-06',
      'site_visit 2025-05-20', 'public_hearing 2025-06-03', 'monitoring 2025-06-11', 'round_table 2025-06-19', 'report_hearing 2025-06-25',
    ]);
  });

  it.each([
    ['2. Перечень мероприятий, проведенных в отчетном периоде'],
    ['ПЕРЕЧЕНЬ МЕРОПРИЯТИЙ'],
    ['Мероприятия, проведенные в отчетном квартале:'],
    ['3. Есепті кезеңде өткізілген іс-шаралар'],
  ])('under "%s", past a paragraph that names a monitoring', (heading) => {
    const text = `${RU_HEAD}1. Заседания\n\nУтвержден итоговый документ по мониторингу.\n\n${heading}\n\n1.\t08.04.2025 – общественный мониторинг рынка.\n2.\t15 апреля – круглый стол «Дети».\n3.\t30.04. – общественные слушания по правилам.\n4.\t5 мая – субботник.\n`;
    expect(activitiesOf(text)).toEqual(['monitoring 2025-04-08', 'round_table 2025-04-15', 'public_hearing 2025-04-30']);
  });

  const kk = `${KK_HEAD}II. Есепті кезеңде өткізілген іс-шаралар тізбесі

1) 12.03.2025 ж. – қоғамдық мониторинг: емханадағы дәрі-дәрмекпен қамтамасыз ету;
2) сәуірдің 15-і – дөңгелек үстел «Жол қауіпсіздігі»;
3) 2025 жылғы 16 сәуірде – мектептердегі ыстық тамақ мониторингі;
4) шілденің 9-ы – қоғамдық тыңдау «Тариф»;
5) ақпанның 20-сы – жұмыс кездесуі әкімдікте;
6) 2025 ж. 22–23 мамыр – сенбілік.
`;
  it('Kazakh: the same, dates in their Kazakh forms; an item of no known type is none', () => {
    expect(activitiesOf(kk)).toEqual(['monitoring 2025-03-12', 'round_table 2025-04-15', 'monitoring 2025-04-16', 'public_hearing 2025-07-09', 'official_meeting 2025-02-20']);
  });
});

describe('a stated none of the period is 0; no data is not zero', () => {
  it.each([
    [RU_HEAD, 'Заседания президиума в отчетном квартале не проводились.', { presidium_meetings: 0 }],
    [RU_HEAD, 'За отчетный период общественные слушания не проводились.', { public_hearings: 0 }],
    [RU_HEAD, 'Обращений граждан в отчетном периоде не поступало.', { appeals_received: 0 }],
    [KK_HEAD, 'Есепті кезеңде президиум отырыстары өткізілген жоқ.', { presidium_meetings: 0 }],
    [KK_HEAD, 'Есепті кезеңде дөңгелек үстел өткізілмеді.', { round_tables: 0 }],
    // A report tells its own period: a clause of nothing but the events and "not held", no other span named, is the
    // period's none (readStatedNone: the subject, the period's words, the verb — nothing else).
    [RU_HEAD, 'Заседания президиума не проводились.', { presidium_meetings: 0 }],
    // Kinds named together before one none: each kind's (sets 28 and 41 expect it; report/noneOfSeveralKinds.test.ts).
    [RU_HEAD, 'Заседания президиума и круглые столы в отчетном квартале не проводились.', { presidium_meetings: 0, round_tables: 0 }],
    [KK_HEAD, 'Президиум отырыстары өткізілген жоқ.', { presidium_meetings: 0 }],
  ])('%#: %s', (head, line, want) => {
    expect(figuresOf(`${head}${line}\n`)).toEqual(want);
  });

  it.each([
    [RU_HEAD, 'Семинары, тренинги: не проводились.'],
    [RU_HEAD, 'Выездные заседания Совета в отчетном периоде не проводились.'],
    [RU_HEAD, 'Вторые публичные слушания в отчетном периоде не проводились, так как проект отозван.'],
    [KK_HEAD, 'Кеңестің көшпелі отырыстары есепті кезеңде өткізілген жоқ.'],
  ])('%#: nothing from "%s"', (head, line) => {
    expect(figuresOf(`${head}${line}\n`)).toEqual({});
  });

  it('a count stated keeps its figure', () => {
    expect(figuresOf(`${RU_HEAD}Проведено 2 заседания президиума.\nЗаседания президиума в отчетном квартале больше не проводились.\n`)).toEqual({ presidium_meetings: 2 });
  });
});

describe('Kazakh "тоқсан": a quarter, not ninety', () => {
  it.each([
    ['Есепті тоқсанда дөңгелек үстел өткізілді.'],
    ['II тоқсанда дөңгелек үстел өтті.'],
    ['Үшінші тоқсан бойы дөңгелек үстел өткізілді.'],
    ['2025 жылдың 3-тоқсанында қоғамдық тыңдау өтті.'],
  ])('no ninety in "%s"', (line) => {
    expect(findCounts(line, { kazakh: true }).map((c) => c.value)).not.toContain(90);
  });

  it.each([
    ['Тоқсан бес өтініш түсті.', 95],
    ['Жалпы тоқсан адам қатысты.', 90],
  ])('"%s" is %d', (line, value) => {
    expect(findCounts(line, { kazakh: true }).map((c) => c.value)).toEqual([value]);
  });
});

describe('a stated none: the period by name', () => {
  it.each([
    [RU_HEAD, 'Во II квартале заседания президиума не проводились.', { presidium_meetings: 0 }],
    [RU_HEAD, 'Во II квартале 2025 года круглые столы не проводились.', { round_tables: 0 }],
    ['Отчет о работе Общественного совета за 2025 год\n\n', 'В 2025 году меморандумы не подписывались.', { memoranda: 0 }],
    ['Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп\n\n', '2025 жылы президиум отырыстары өткізілген жоқ.', { presidium_meetings: 0 }],
  ])('%#: %s', (head, line, want) => {
    expect(figuresOf(`${head}${line}\n`)).toEqual(want);
  });

  it.each([
    [RU_HEAD, 'В I квартале заседания президиума не проводились.'],
    // A body that did not meet names no counted noun: no figure (held-out-2's Baikonur report).
    [RU_HEAD, 'Президиум в отчетном квартале не собирался.'],
    [RU_HEAD, 'В 2024 году круглые столы не проводились.'],
    ['Отчет о работе Общественного совета за 2025 год\n\n', 'Во II квартале 2025 года меморандумы не подписывались.'],
  ])('%#: another span than the period\'s: nothing from "%s"', (head, line) => {
    expect(figuresOf(`${head}${line}\n`)).toEqual({});
  });
});
