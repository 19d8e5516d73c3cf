/**
 * The classes of phrasing the third blind held-out set showed still missed
 * (tests/unit/extract/heldOut3.test.ts), each tested beyond the sentence it
 * came from, in Russian and Kazakh, with near misses that must state nothing
 * (or only a candidate): a stated composition with its date, a sub-figure
 * after its parent ("Из 52 обращений 41 поступило …"), answers "по N
 * обращениям", answers to letters, "одобрено без замечаний N", "акимы N
 * районов", "в т.ч. N" (not "ч. 3" of a law).
 */
import { describe, expect, it } from 'vitest';
import { candidateList, figureList, reportUnder } from '../../../helpers/extractCases.ts';

const report = reportUnder;
const figures = (text: string) => figureList(report(text));
const candidates = (text: string) => candidateList(report(text));

describe('a composition stated with its date', () => {
  it.each([
    ['Состав Совета на 30 сентября 2025 г. – 29 членов.', ['members_total=29']],
    ['Состав ОС на 01.10.2025 – 31 член.', ['members_total=31']],
    ['Состав Совета по состоянию на 01.10.2025 г. – 29 членов, из них 19 представителей НПО.', ['members_civil=19', 'members_total=29']],
    ['Состав Общественного совета по состоянию на 1 декабря 2025 г. – 27 человек.', ['members_total=27']],
    ['Кеңес құрамы 2025 жылғы 30 қыркүйектегі жағдай бойынша – 28 мүше.', ['members_total=28']],
    ['Состав Совета на 30 сентября 2025 г. – 29 членов (в т.ч. 19 представителей НПО и 10 – госорганов).', ['members_civil=19', 'members_state=10', 'members_total=29']],
    ['Состав Совета – 30 членов, в т. ч. 20 представителей НПО.', ['members_civil=20', 'members_total=30']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    // The state at a date of another year is not the period's: a candidate.
    ['Состав Совета на 01.01.2024 – 25 членов.', 'members_total=25'],
    ['Состав Совета по состоянию на 1 января 2024 г. – 27 членов.', 'members_total=27'],
    ['Кеңес құрамы 2024 жылғы 1 қаңтардағы жағдай бойынша – 28 мүше.', 'members_total=28'],
    ['Состав рабочей группы на 30 сентября 2025 г. – 5 человек.', 'members_total=5'],
  ])('%s is a candidate', (text, want) => {
    expect(figures(text)).toEqual([]);
    expect(candidates(text)).toEqual([want]);
  });

  it('a date of another year in another clause says nothing of the count', () => {
    expect(figures('Проведено 8 заседаний, очередное заседание перенесено на 15 января 2026 года.')).toEqual(['general_meetings=8']);
  });

  it('"ч. 3" of a law is still a reference, "т.ч." is not', () => {
    expect(figures('Согласно ч. 3 статьи 5 закона в составе Совета работают члены.')).toEqual([]);
    expect(figures('Состав ОС – 25 членов (в т.ч. 15 представителей гражданского общества).')).toEqual(['members_civil=15', 'members_total=25']);
  });
});

describe('a sub-figure after its parent', () => {
  it.each([
    ['Из 52 обращений 41 поступило от физических лиц, 11 – от юридических лиц.', ['appeals_individuals=41', 'appeals_legal_entities=11']],
    ['Из 60 обращений 45 поданы физическими лицами.', ['appeals_individuals=45']],
    ['Из 30 заявлений 22 поступили от физических лиц и 8 поступили от юридических лиц.', ['appeals_individuals=22', 'appeals_legal_entities=8']],
    ['52 өтініштің 41-і жеке тұлғалардан, 11-і заңды тұлғалардан түсті.', ['appeals_individuals=41', 'appeals_legal_entities=11', 'appeals_received=52']],
    ['Из 40 обращений 30 поступило от граждан, 10 – от организаций.', ['appeals_individuals=30', 'appeals_legal_entities=10']],
    ['Из поступивших 40 обращений 25 рассмотрено с направлением ответа.', ['appeals_answered=25', 'appeals_received=40']],
    // Citizens and organisations together are no part of either.
    ['Поступило 30 обращений от граждан и организаций.', ['appeals_received=30']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('the parent after "из" is a candidate, never the sub-figure\'s metric', () => {
    expect(candidates('Из 52 обращений 41 поступило от физических лиц.')).toEqual(['appeals_received=52']);
    // "от физических лиц" of members is not about appeals.
    expect(figures('Из 12 членов 7 поступило от физических лиц.')).toEqual([]);
  });
});

describe('answers to appeals and to letters', () => {
  it.each([
    ['На 30.09.2025 г. ответы направлены по 44 обращениям, по 8 обращениям срок рассмотрения не истек.', ['appeals_answered=44']],
    ['Ответы даны по всем 37 обращениям граждан.', ['appeals_answered=37']],
    ['Рассмотрено с направлением ответа 121 обращение, 7 находятся на рассмотрении.', ['appeals_answered=121']],
    ['95 обращений рассмотрено с направлением ответа заявителям.', ['appeals_answered=95']],
    ['Рассмотрено с дачей ответа 40 заявлений граждан.', ['appeals_answered=40']],
    ['Получено ответов на письма – 49.', ['letters_answered=49']],
    ['Получено 31 ответ на запросы Совета.', ['letters_answered=31']],
    ['Хаттарға алынған жауаптар саны – 49.', ['letters_answered=49']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    'Ответы направлены по 3 адресам.',
    'Получено ответов на обращения – 30.',
    'Получено ответов – 30.',
    'Рассмотрено с направлением ответа в срок.',
    '25 рассмотрено с направлением ответа.',
  ])('%s states no answered count', (text) => {
    expect(figures(text).filter((f) => /answered/.test(f))).toEqual([]);
  });
});

describe('approved with a qualifier, akims of districts', () => {
  it.each([
    ['Рассмотрено 46 проектов нормативных правовых актов, из них одобрено без замечаний 38, с замечаниями – 8.', ['npa_approved=38', 'npa_reviewed=46', 'npa_with_remarks=8']],
    ['Рассмотрено 20 проектов НПА: одобрено без изменений 15, с замечаниями – 5.', ['npa_approved=15', 'npa_reviewed=20', 'npa_with_remarks=5']],
    ['Заслушаны руководители 10 управлений областного акимата и акимы 4 районов.', ['departments_heard=10', 'district_akimats_heard=4']],
    ['Заслушаны отчеты акиматов 3 районов области.', ['district_akimats_heard=3']],
    ['Кеңес отырыстарында 4 ауданның әкімдері есеп берді.', ['district_akimats_heard=4']],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    'Одобрено без замечаний 38.',
    'Акимы 4 районов приняли участие в круглом столе.',
  ])('%s states no figure (no NPA, nothing heard)', (text) => {
    expect(figures(text)).toEqual([]);
  });
});

describe('a range of whole months is the period when it is the report\'s months', () => {
  const q3 = 'Информация о работе Общественного совета за III квартал 2025 года';
  const kkQ3 = 'Қоғамдық кеңестің 2025 жылғы III тоқсандағы жұмысы туралы ақпарат';
  it.each([
    [q3, 'В июле – сентябре 2025 г. проведено 2 заседания Общественного совета (во II квартале – 3) и 7 заседаний постоянных комиссий.', ['commission_meetings=7', 'general_meetings=2']],
    [q3, 'С июля по сентябрь проведено 3 круглых стола.', ['round_tables=3']],
    [q3, 'За июль–сентябрь поступило 14 обращений.', ['appeals_received=14']],
    [kkQ3, 'Шілде – қыркүйек айларында Кеңестің 2 отырысы өткізілді.', ['general_meetings=2']],
    ['Отчет о работе Общественного совета за 2025 год', 'В январе – декабре 2025 г. проведено 10 заседаний Совета.', ['general_meetings=10']],
    // A span of dates: the period itself, or an event's few days.
    [q3, 'С 1 июля по 30 сентября 2025 г. проведено 2 заседания Совета.', ['general_meetings=2']],
    [q3, '14–15 августа проведено 2 семинара.', ['seminars=2']],
  ])('%s: %s', (title, text, want) => {
    expect(report(text, title).figures.map((f) => `${f.metric}=${f.value}`).sort()).toEqual(want);
  });

  it.each([
    // Two months of a quarter, half of a year, a span with days: a part, so candidates.
    [q3, 'В июле – августе проведено 2 заседания Совета.', 'general_meetings=2'],
    ['Отчет о работе Общественного совета за 2025 год', 'За январь – июнь проведено 4 заседания Совета.', 'general_meetings=4'],
    ['Отчет о работе Общественного совета за 2025 год', 'Қаңтар-маусымда 3 дөңгелек үстел өткізілді.', 'round_tables=3'],
    [q3, 'В апреле – июне проведено 3 заседания Совета.', 'general_meetings=3'],
    // The report's months of another year: another period.
    [q3, 'В июле – сентябре 2024 г. проведено 2 заседания Совета.', 'general_meetings=2'],
    [q3, 'С июля по сентябрь 2024 года проведено 3 круглых стола.', 'round_tables=3'],
    [kkQ3, '2024 жылғы шілде – қыркүйек айларында 4 отырыс өткізілді.', 'general_meetings=4'],
    // A span of dates longer than an event's days that is not the period.
    [q3, 'С 1 августа по 30 сентября 2025 г. проведено 2 заседания Совета.', 'general_meetings=2'],
    [q3, '1 августа – 30 сентября 2025 г. поступило 12 обращений.', 'appeals_received=12'],
  ])('%s: %s is a candidate', (title, text, want) => {
    const x = report(text, title);
    expect(x.figures).toEqual([]);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`)).toEqual([want]);
  });
});

describe('a sentence listing several dated events, each "date – title"', () => {
  const dated = (text: string) => report(text).activities.map((a) => `${a.type} ${a.date_start}${a.date_end !== a.date_start ? `..${a.date_end}` : ''} ${a.title}`);
  it.each([
    ['Екі қоғамдық тыңдау өткізілді: 2025 жылғы 25 ақпанда – бас жоспар жобасы бойынша, 2025 жылғы 20 мамырда – жол жүру тарифі бойынша.', ['public_hearing 2025-02-25 бас жоспар жобасы бойынша', 'public_hearing 2025-05-20 жол жүру тарифі бойынша']],
    ['Проведено 2 общественных слушания: 25 февраля – по проекту генплана; 20 мая – по тарифам на проезд.', ['public_hearing 2025-02-25 по проекту генплана', 'public_hearing 2025-05-20 по тарифам на проезд']],
    ['Состоялись три круглых стола: 12.03.2025 – по экологии, 14–15 апреля – по транспорту, 3 июня – по образованию.', ['round_table 2025-03-12 по экологии', 'round_table 2025-04-14..2025-04-15 по транспорту', 'round_table 2025-06-03 по образованию']],
    ['Үш дөңгелек үстел өткізілді: наурыздың 12-сі – экология, 15.04.2025 ж. – көлік; 2025 жылғы 3 маусымда – білім беру.', ['round_table 2025-03-12 экология', 'round_table 2025-04-15 көлік', 'round_table 2025-06-03 білім беру']],
  ])('%s', (text, want) => {
    expect(dated(text)).toEqual(want);
  });

  it.each([
    // The count stated is not the number of dated items: one activity at the first date, as before, never two.
    'Проведено 3 общественных слушания: 25 февраля – по проекту генплана; 20 мая – по тарифам.',
    // A span of more than a week is no day of an event.
    'Проведено 2 мониторинга: 1 февраля – 30 марта – по школам, 20 мая – по больницам.',
  ])('%s is not split into dated items', (text) => {
    expect(report(text).activities.length).toBeLessThanOrEqual(1);
  });
});

describe('the council\'s total in brackets after a commission\'s count, the noun outside', () => {
  it.each([
    ['В комиссию поступило 17 обращений граждан (всего в Совет – 94), ответы даны на 15.', ['appeals_received=94'], ['appeals_answered=15', 'appeals_received=17']],
    ['Комиссияға 17 өтініш түсті (Кеңеске барлығы – 94).', ['appeals_received=94'], ['appeals_received=17']],
    ['Комиссия рассмотрела 13 проектов НПА (всего по Совету – 46).', ['npa_reviewed=46'], ['npa_reviewed=13']],
    ['Комиссией рассмотрено 12 заявлений (итого по ОС: 80).', ['appeals_received=80'], ['appeals_received=12']],
  ])('%s', (text, want, doubtful) => {
    expect(figures(text)).toEqual(want);
    expect(candidates(text)).toEqual(doubtful);
  });

  it.each([
    // No body in the bracket: the commission of the sentence owns it, so a candidate at most.
    ['В комиссию поступило 17 обращений (всего – 94).', []],
    // Another body, another year: nothing read from the bracket.
    ['В комиссию поступило 17 обращений (всего по району – 94).', []],
    ['В комиссию поступило 17 обращений (всего в 2024 году – 94).', []],
    ['Поступило 15 проектов НПА (всего в Совет – 46).', []],
  ])('%s gives no figure 94 or 46', (text, want) => {
    expect(figures(text).filter((f) => /=(?:94|46)$/.test(f))).toEqual(want);
  });
});

describe('one commission\'s work in Kazakh is a part, the commissions\' together the council\'s', () => {
  const kk = (text: string) => report(text, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп');
  it.each([
    ['Комиссия 13 НҚА жобасын қарады.', [], ['npa_reviewed=13']],
    ['Комиссияға 5 өтініш түсті.', [], ['appeals_received=5']],
    ['Комиссиялар 40 НҚА жобасын қарады.', ['npa_reviewed=40'], []],
    ['Кеңеске 38 өтініш түсті.', ['appeals_received=38'], []],
  ])('%s', (text, want, doubtful) => {
    const x = kk(text);
    expect(x.figures.map((f) => `${f.metric}=${f.value}`)).toEqual(want);
    expect(x.candidates.map((c) => `${c.metric}=${c.value}`)).toEqual(doubtful);
  });
});

describe('the total of publications: the media in general together, or the publications a work was covered in', () => {
  const publications = (text: string) => {
    const x = report(text);
    return { figure: x.figures.find((f) => f.metric === 'publications')?.value ?? null, candidate: x.candidates.find((c) => c.metric === 'publications')?.value ?? null };
  };
  it.each([
    ['Публикации в СМИ и соцсетях – 1 215.', 1215],
    ['В СМИ и социальных сетях размещено 412 материалов.', 412],
    ['БАҚ пен әлеуметтік желілерде 96 жарияланым жарияланды.', 96],
    ['Деятельность Совета освещена в 412 публикациях, в том числе:\n– на сайте Совета – 96 публикаций;\n– в Instagram – 210 публикаций.', 412],
    ['Работа Совета нашла отражение в 96 публикациях.', 96],
    ['Совет упоминается в 30 публикациях.', 30],
  ])('%s', (text, want) => {
    expect(publications(text).figure).toBe(want);
  });

  it.each([
    // One kind of media alone, media beside a platform's figure, media each with its own count: parts.
    'В соцсетях – 200 публикаций.',
    'На сайте – 50 публикаций; в СМИ и соцсетях – 120 публикаций.',
    'В СМИ – 15 публикаций, в соцсетях – 200 публикаций.',
    'Совет упоминается в 30 публикациях СМИ.',
    // "в N публикациях" with no verb of coverage is where something was said.
    'В 12 публикациях на сайте разъяснены нормы закона.',
    // "материал" is also an inspection's: covered in materials counts publications only with the media named.
    'Вопрос отражен в 3 материалах проверки.',
  ])('%s states no total', (text) => {
    expect(publications(text).figure).toBeNull();
  });
});

describe('the same classes in Kazakh', () => {
  const kk = (text: string) => report(text, 'Қоғамдық кеңестің 2025 жылғы жұмысы туралы есеп');
  it.each([
    ['52 өтініштің 41-і азаматтардан, 11-і ұйымдардан түсті.', ['appeals_individuals=41', 'appeals_legal_entities=11', 'appeals_received=52']],
    ['Кеңеске 40 өтініш түсті: азаматтардан – 30, ұйымдардан – 10.', ['appeals_individuals=30', 'appeals_legal_entities=10', 'appeals_received=40']],
    ['Кеңеске азаматтардан және ұйымдардан 40 өтініш түсті.', ['appeals_received=40']],
    ['121 өтінішке жауап беріліп қаралды.', ['appeals_answered=121']],
    ['Мемлекеттік органдарға 58 хат жолданды, хаттарға 49 жауап алынды.', ['letters_answered=49', 'letters_sent=58']],
    ['БАҚ және әлеуметтік желілердегі жарияланымдар – 1 215.', ['publications=1215']],
    ['Кеңес қызметі 412 жарияланымда көрініс тапты.', ['publications=412']],
    // One platform's publications are that platform's, never the total.
    ['Instagram-дағы жарияланымдар – 120.', []],
    // A protocol is no letter.
    ['Хаттамаға түскен жауаптар саны – 3.', []],
  ])('%s', (text, want) => {
    expect(kk(text).figures.map((f) => `${f.metric}=${f.value}`).sort()).toEqual(want);
  });
});
