/**
 * The classes of held-out set 43's Eskeldi, Ryskulov, Abai oblast and Zhanatas reports (session 15), ru and kk, each with
 * a variant the documents did not show and near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о деятельности Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const report = (text: string) => parseReport(`${text}\n`);
const figures = (text: string) => figureMap(report(text));
const media = (text: string) => report(text).media.map((m) => `${m.platform}:${m.publications}`);
const candidates = (text: string) => report(text).candidates.map((c) => `${c.metric}=${c.value}`);
const activities = (text: string) => report(text).activities.map((a) => `${a.type}:${a.date_start}`);

describe('an outlet\'s item that is no publication counted (were FALSE values: Ryskulov, Zhanatas)', () => {
  it('kk/ru: a word of measure between the count and the noun is the size, not how many', () => {
    expect(media(`${KK}Кеңестің жұмысы аудан сайтында жарияланды. «Құлан таңы» газетінде Кеңес туралы бір парақ материал шықты.`)).toEqual([]);
    expect(media(`${RU}В районной газете «Зерен» вышло 2 полосы материалов о Совете.`)).toEqual([]);
  });
  it('kk/ru: the outlet\'s items said to stand outside the publications\' count', () => {
    expect(media(`${KK}Жергілікті «Жаңатас» телеарнасында бір сюжет көрсетілді (жарияланымдар санына кірмейді).`)).toEqual([]);
    expect(media(`${RU}На телеканале «Жанатас» вышел 1 сюжет (в число публикаций не входит).`)).toEqual([]);
  });
  it('near-miss: an outlet\'s counted articles and stories stay its publications', () => {
    expect(media(`${RU}В районной газете «Зерен» вышло 9 статей о Совете.`)).toEqual(['other:9']);
    expect(media(`${KK}«Қаратау таңы» газетінде 11 мақала жарияланды.`)).toEqual(['other:11']);
    expect(media(`${RU}На телеканале «Жанатас» вышло 3 сюжета.`)).toEqual(['other:3']);
  });
});

describe('objects monitored are no monitorings (was a FALSE value: Eskeldi)', () => {
  it('kk: the objects in the locative before the event noun; a variant with "нысан"', () => {
    expect(figures(`${KK}Кеңес мүшелері жеті объектіде мониторинг жүргізді: мектеп асханалары, аурухана.`)).toEqual({});
    expect(figures(`${KK}Кеңес мүшелері 5 нысанда мониторинг жүргізді.`)).toEqual({});
  });
  it('ru: "на семи объектах" gives none either', () => {
    expect(figures(`${RU}Члены Совета провели мониторинг на семи объектах.`)).toEqual({});
  });
  it('near-miss: the monitorings counted themselves', () => {
    expect(figures(`${KK}Кеңес мүшелері 7 мониторинг жүргізді.`)).toEqual({ monitorings: 7 });
  });
});

describe('letters answered in Kazakh: "19 хат жолдап, 17 жауап алды" (Eskeldi: two halves that disagree; Ryskulov)', () => {
  it('kk: the converb of sending, the active "алды", the ablative "20-сынан жауап оралды"', () => {
    expect(figures(`${KK}Кеңес мемлекеттік органдарға 19 хат жолдап, 17 жауап алды.`)).toEqual({ letters_sent: 19, letters_answered: 17 });
    expect(figures(`${KK}Мемлекеттік органдарға Кеңес атынан 22 хат жіберіліп, 20-сынан жауап оралды.`)).toEqual({ letters_sent: 22, letters_answered: 20 });
  });
  it('kk + ru twin with another number: neither is the figure, both go to review', () => {
    const text = `${KK}Кеңес мемлекеттік органдарға 19 хат жолдап, 17 жауап алды.\nСоветом направлено в государственные органы 19 писем, получено 16 ответов.`;
    expect(figures(text)).toEqual({ letters_sent: 19 });
    expect(candidates(text)).toEqual(['letters_answered=17', 'letters_answered=16']);
  });
  it('near-miss: answers with no letters sent', () => {
    expect(figures(`${KK}Кеңес 19 өтініш қарап, 17 жауап алды деп хабарлады.`).letters_answered).toBeUndefined();
  });
});

describe('meetings of one kind after their total, in a sentence of their own (Eskeldi: a part read as a disputed twin)', () => {
  it('ru/kk: "2 заседания прошли в выездном формате", "2 отырыс көшпелі түрде өтті" are parts', () => {
    expect(figures(`${RU}Совет провел 6 заседаний. 2 заседания прошли в выездном формате.`)).toEqual({ general_meetings: 6 });
    expect(candidates(`${RU}Совет провел 6 заседаний. 2 заседания прошли в выездном формате.`)).toEqual(['general_meetings=2']);
    expect(figures(`${KK}Кеңес 6 отырыс өткізді. 2 отырыс көшпелі түрде өтті.`)).toEqual({ general_meetings: 6 });
  });
  it('bilingual: the part does not dispute the total of the other language', () => {
    expect(figures(`${KK}Кеңес алты отырыс өткізді.\nСовет провел шесть заседаний. 2 заседания прошли в выездном формате в селах.`)).toEqual({ general_meetings: 6 });
  });
  it('near-miss: a larger count of a kind is no part of a smaller total', () => {
    expect(figures(`${KK}Кеңес 2 отырыс өткізді. 6 отырыс көшпелі түрде өтті.`)).toEqual({ general_meetings: 2 });
  });
});

describe('composition phrasings (Eskeldi, Ryskulov)', () => {
  it('kk: new members "бекітілді"; ru: "двое новых утверждены" with the members named', () => {
    expect(figures(`${KK}Жыл ішінде екі мүше Кеңестен өз еркімен шығып, екі жаңа мүше мәслихат шешімімен бекітілді.`)).toEqual({ members_left: 2, members_joined: 2 });
    expect(figures(`${RU}В течение года двое членов вышли из Совета по собственному желанию, двое новых утверждены решением маслихата.`).members_joined).toBe(2);
  });
  it('kk: left the council "Кеңестен 2 мүше кетті"; near-miss: left a meeting early', () => {
    expect(figures(`${KK}Өткен он екі айда Кеңестен 2 мүше кетті.`)).toEqual({ members_left: 2 });
    expect(figures(`${KK}2 мүше отырыстан ерте кетті.`)).toEqual({});
  });
  it('kk: the civil part as the public associations they come from; near-miss: appeals from them', () => {
    expect(figures(`${KK}14 мүшенің 10-ы – қоғамдық бірлестіктер мен кәсіпкерлер, 4-еуі – мемлекеттік органдардың қызметкерлері.`)).toEqual({ members_civil: 10, members_state: 4 });
    expect(figures(`${KK}Өтініштердің 10-ы – қоғамдық бірлестіктерден.`)).toEqual({});
  });
  it('kk: the members there now, never the quota "болуға тиіс"', () => {
    expect(figures(`${KK}Ережеге сәйкес Кеңесте 15 мүше болуға тиіс, бірақ қазіргі сәтте 14 мүше бар.`)).toEqual({ members_total: 14 });
    expect(figures(`${KK}Ережеге сәйкес Кеңесте 15 мүше болуға тиіс.`)).toEqual({});
  });
  it('kk (Abai oblast): "мүшелерінің төртеуінің өкілеттігі … тоқтатылды", "бес адам Кеңес құрамына кірді", "үкіметтік емес сектордың"', () => {
    expect(figures(`${KK}2025 жылы Кеңес мүшелерінің төртеуінің өкілеттігі өз өтініштері бойынша тоқтатылды, резервтік тізімнен бес адам Кеңес құрамына кірді.`)).toEqual({ members_left: 4, members_joined: 5 });
    expect(figures(`${KK}Кеңес отыз бес мүшеден тұрады, олардың жиырма төртеуі – үкіметтік емес сектордың, ғылым мен бизнестің өкілдері.`)).toEqual({ members_total: 35, members_civil: 24 });
  });
  it('near-miss: a commission\'s make-up, a meeting entered, members\' requests beside appeals', () => {
    expect(figures(`${KK}Бес адам комиссия құрамына кірді.`)).toEqual({});
    expect(figures(`${KK}Отырысқа 5 адам кірді.`)).toEqual({});
    expect(figures(`${KK}Кеңеске 4 өтініш түсті, мүшелердің өтініштері бойынша ешкімнің өкілеттігі тоқтатылған жоқ.`)).toEqual({ appeals_received: 4 });
  });
  it('ru/kk: new ones with no noun but another subject give nothing', () => {
    expect(figures(`${RU}Утверждены 3 новых проекта. В составе изменений нет.`)).toEqual({});
  });
});

describe('commissions (Ryskulov, Zhanatas)', () => {
  it('kk/ru: the work done through N commissions', () => {
    expect(figures(`${KK}Жұмыс үш тұрақты комиссия арқылы жүреді.`)).toEqual({ commissions: 3 });
    expect(figures(`${RU}Работа ведется через три постоянные комиссии.`)).toEqual({ commissions: 3 });
  });
  it('ru/kk: a form\'s line with a dash, "2. Количество постоянных комиссий – 2", "Тұрақты комиссиялар саны – 3"', () => {
    expect(figures(`${RU}2. Количество постоянных комиссий – 2`)).toEqual({ commissions: 2 });
    expect(figures(`${KK}Тұрақты комиссиялар саны – 3.`)).toEqual({ commissions: 3 });
  });
  it('near-miss: the commissions\' meetings on a form line', () => {
    expect(figures(`${RU}Количество заседаний постоянных комиссий – 5`)).toEqual({ commission_meetings: 5 });
  });
});

describe('NPA drafts reviewed as "число рассмотренных проектов" under an NPA heading (Eskeldi)', () => {
  it('kk/ru', () => {
    expect(figures(`${KK}НҚА жобалары\n\nҚаралған жобалардың саны – 12, оның 10-ы қолдау тапты.`)).toEqual({ npa_reviewed: 12, npa_approved: 10 });
    expect(figures(`${RU}Проекты НПА\n\nЧисло рассмотренных проектов – 12, из них 10 поддержаны.`)).toEqual({ npa_reviewed: 12, npa_approved: 10 });
  });
  it('near-miss: drafts under another heading are not NPA', () => {
    expect(figures(`${RU}Бюджет\n\nЧисло рассмотренных проектов – 12.`)).toEqual({});
  });
});

describe('events counted as their predicate: "Круглых столов было три", "Дөңгелек үстелдер үшеу болды" (Eskeldi, Ryskulov)', () => {
  it('kk: the count and "болды", dated after a dash; the genitive and its collective numeral', () => {
    const text = `${KK}Дөңгелек үстелдер үшеу болды – 2025 жылғы 10 сәуірде, 2025 жылғы 5 маусымда және 2025 жылғы 25 қыркүйекте.`;
    expect(figures(text)).toEqual({ round_tables: 3 });
    expect(activities(text)).toEqual(['round_table:2025-04-10', 'round_table:2025-06-05', 'round_table:2025-09-25']);
    expect(figures(`${KK}Дөңгелек үстелдің екеуі өткізілді: 2025 жылғы 24 сәуірде және 2025 жылғы 13 қарашада.`)).toEqual({ round_tables: 2 });
  });
  it('ru; a variant of hearings in both languages', () => {
    expect(figures(`${RU}Круглых столов было три – 10 апреля, 5 июня и 25 сентября 2025 года.`)).toEqual({ round_tables: 3 });
    expect(figures(`${RU}Общественных слушаний было два.`)).toEqual({ public_hearings: 2 });
    expect(figures(`${KK}Қоғамдық тыңдаулар екі рет болды.`)).toEqual({ public_hearings: 2 });
  });
  it('near-misses: a part of meetings, a dative, a difference, another noun counted', () => {
    expect(figures(`${KK}Отырыстардың 2-еуі көшпелі форматта өтті.`)).toEqual({});
    expect(figures(`${KK}Дөңгелек үстелдің екеуіне әкімдік өкілдері қатысты.`)).toEqual({});
    expect(figures(`${RU}Круглых столов было на 2 больше.`)).toEqual({});
    expect(figures(`${KK}Мониторинг нәтижесінде 3 ұсыныс болды.`)).toEqual({});
  });
});

describe('a change from last year named in words: "былтырғы 4-тен 7-ге өсті" (Ryskulov)', () => {
  it('kk/ru, and "өткен жылғы"', () => {
    expect(figures(`${KK}Мониторинг саны былтырғы 4-тен 7-ге өсті.`)).toEqual({ monitorings: 7 });
    expect(figures(`${KK}Мониторинг саны өткен жылғы 4-тен 7-ге өсті.`)).toEqual({ monitorings: 7 });
    expect(figures(`${RU}Количество мониторингов выросло с 4 в прошлом году до 7.`)).toEqual({ monitorings: 7 });
  });
  it('near-miss: no year at all stays a candidate', () => {
    expect(figures(`${RU}Количество мониторингов выросло с 4 до 7.`)).toEqual({});
    expect(candidates(`${RU}Количество мониторингов выросло с 4 до 7.`)).toEqual(['monitorings=7']);
  });
});

describe('a form\'s numbered line of none is no event listed (Zhanatas: "6. Общественные слушания – не проводились")', () => {
  it('ru/kk: the none is 0 and no activity', () => {
    const ru = `${RU}5. Общественные слушания – не проводились\n6. Круглые столы – 1\n7. Семинары – 2`;
    expect(figures(ru)).toEqual({ public_hearings: 0, round_tables: 1, seminars: 2 });
    expect(activities(ru).filter((a) => a.startsWith('public_hearing'))).toEqual([]);
    const kk = `${KK}5. Қоғамдық тыңдаулар – өткізілмеді\n6. Дөңгелек үстелдер – 1\n7. Семинарлар – 2`;
    expect(figures(kk)).toEqual({ public_hearings: 0, round_tables: 1, seminars: 2 });
    expect(activities(kk).filter((a) => a.startsWith('public_hearing'))).toEqual([]);
  });
});

describe('a half-year joined to its number by a hyphen: "2025 жылғы 1-жартыжылдықтағы" (Zhanatas)', () => {
  it('kk, and the second half', () => {
    expect(report('Жаңатас қалалық Қоғамдық кеңесінің 2025 жылғы 1-жартыжылдықтағы жұмысы туралы ақпарат\n\nКеңесте 11 мүше бар.').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(report('Қоғамдық кеңестің 2025 жылғы 2-жартыжылдық есебі\n\nКеңесте 11 мүше бар.').period).toEqual({ from: '2025-07-01', to: '2025-12-31' });
  });
  it('ru counterpart still read; near-miss: no third half', () => {
    expect(report('Отчет Общественного совета за 1-е полугодие 2025 года\n\nВ Совете 11 членов.').period).toEqual({ from: '2025-01-01', to: '2025-06-30' });
    expect(report('Қоғамдық кеңестің 2025 жылғы 3-жартыжылдық есебі\n\nКеңесте 11 мүше бар.').period).not.toEqual({ from: '2025-01-01', to: '2025-06-30' });
  });
});
