/**
 * The classes of held-out set 44's Ridder, Stepnogorsk and Shchuchinsk reports and set 46's Mendykara report (session
 * 16): a count told through a comparison with last year, a secretary's predicate of amount, plan against fact, and
 * composition parts and totals told in a clause of their own. Each class in ru and kk, a variant the documents did not
 * show, and near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../../sources/extract/parseReport.ts';
import { candidateList, figureMap } from '../../../helpers/extractCases.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const RU_COMPARED = 'Итоги работы Общественного совета за 2025 год\n(в сравнении с 2024 годом)\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const H1 = 'Информация о выполнении плана работы Общественного совета за I полугодие 2025 года\n\n';
const figures = (text: string) => figureMap(parseReport(`${text}\n`));
const candidates = (text: string) => candidateList(parseReport(`${text}\n`));

describe('the residents\' appeals beside the others\' are a part, never the total (FALSE value, Ridder)', () => {
  it('ru: "Двадцать восемь обращений поступило от жителей, три - от организаций"', () => {
    const read = figures(`${RU}Двадцать восемь обращений поступило от жителей, три - от организаций.`);
    expect(read.appeals_individuals).toBe(28);
    expect(read.appeals_received).toBeUndefined();
  });
  it('kk: "28 өтініш тұрғындардан түсті, үшеуі – ұйымдардан"', () => {
    const read = figures(`${KK}28 өтініш тұрғындардан түсті, 3-еуі – ұйымдардан.`);
    expect(read.appeals_individuals).toBe(28);
    expect(read.appeals_received).toBeUndefined();
  });
  it('variant: "от граждан", the other part after "а"', () => {
    expect(figures(`${RU}12 заявлений подано от граждан, а 2 - от юридических лиц.`).appeals_individuals).toBe(12);
  });
  it('near-miss: the residents alone are all that came in', () => {
    expect(figures(`${RU}В Совет поступило 5 обращений от жителей района.`).appeals_individuals).toBeUndefined();
  });
});

describe('a count told through a comparison with last year (Ridder)', () => {
  it('ru: the comparison set inside the statement is not read, the count is', () => {
    expect(figures(`${RU}Отчётов руководителей заслушано столько же, сколько и в 2024 году, - шесть, но состав обновился.`)).toEqual({ report_hearings: 6 });
    expect(figures(`${RU}Мониторингов провели четыре - на два меньше, чем в 2024-м, зато по каждому составлена справка.`)).toEqual({ monitorings: 4 });
    expect(figures(`${RU}Круглых столов провели на один меньше, чем годом ранее, - два.`)).toEqual({ round_tables: 2 });
    expect(figures(`${RU}Общественное слушание, как и в прошлом году, было одно - 3 июня.`)).toEqual({ public_hearings: 1 });
    expect(figures(`${RU}Постоянных комиссий, как и раньше, три.`)).toEqual({ commissions: 3 });
  });
  it('ru: the ratio and last year\'s number after "вместо" are never counts', () => {
    const read = figures(`${RU}Публикаций о Совете стало почти вдвое больше - 96 вместо прошлогодних 49.`);
    expect(read.publications).toBe(96);
    expect(Object.values(read)).not.toContain(49);
  });
  it('ru: the period\'s end, its start named only as the comparison', () => {
    expect(figures(`${RU}Численность Совета на конец года та же, что и на начало, - 15 человек.`).members_total).toBe(15);
  });
  it('ru: last year\'s meetings in the if-clause stay a candidate, this year\'s read', () => {
    const text = `${RU}Если в 2024 году Совет собирался на заседания пять раз, то в 2025-м заседаний было уже семь.`;
    expect(figures(text)).toEqual({ general_meetings: 7 });
    expect(candidates(text)).toContain('general_meetings=5');
  });
  it('ru: the change told verb first, in words; the appeals\' "поток"', () => {
    expect(figures(`${RU_COMPARED}Выросло и число заседаний комиссий - с девяти до двенадцати.`)).toEqual({ commission_meetings: 12 });
    expect(figures(`${RU_COMPARED}Поток обращений вырос с 20 до 31.`)).toEqual({ appeals_received: 31 });
  });
  it('kk: "былтырғыдай", "былтырғыдан бір кем" are not read; the count is', () => {
    expect(figures(`${KK}Дөңгелек үстелдер, былтырғыдай, екеу болды.`)).toEqual({ round_tables: 2 });
    expect(figures(`${KK}Өтініштер саны былтырғы 20-дан 31-ге дейін өсті.`)).toEqual({ appeals_received: 31 });
    expect(figures(`${KK}Тұрақты комиссиялар үшеу.`)).toEqual({ commissions: 3 });
  });
  it('variant: "на 3 больше, чем в прошлом году" and "против 18 годом ранее"', () => {
    expect(figures(`${RU}Мониторингов провели семь, на 3 больше, чем в прошлом году.`)).toEqual({ monitorings: 7 });
    expect(figures(`${RU}Публикаций о Совете стало больше - 40 против 18 годом ранее.`).publications).toBe(40);
  });
  it('near-misses: a change with no years in a report that does not say it compares is a candidate; the difference alone is nothing', () => {
    const text = `${RU}Выросло и число заседаний комиссий - с девяти до двенадцати.`;
    expect(figures(text)).toEqual({});
    expect(candidates(text)).toContain('commission_meetings=12');
    expect(figures(`${RU}Мониторингов стало на два больше, чем в 2024 году.`)).toEqual({});
    expect(figures(`${RU}Заседаний комиссий было 12.`).general_meetings).toBeUndefined();
    expect(figures(`${RU}Проведено заседаний: Совета 6; комиссий 12.`).commissions).toBeUndefined();
  });
});

describe('a secretary\'s predicate of amount (Stepnogorsk)', () => {
  it('ru: "достиг", "ограничилось", "исчислялось", "вышло", "на долю … пришлось"', () => {
    expect(figures(`${RU}Численный состав Совета к 31 декабря 2025 года достиг 19 человек.`)).toEqual({ members_total: 19 });
    expect(figures(`${RU}Количество проведённых общественных мониторингов ограничилось четырьмя.`)).toEqual({ monitorings: 4 });
    expect(figures(`${RU}Количество писем, направленных в государственные органы, исчислялось 41, ответов получено 37.`)).toEqual({ letters_sent: 41, letters_answered: 37 });
    expect(figures(`${RU}Публикаций о деятельности Совета за год вышло 84.`)).toEqual({ publications: 84 });
    expect(figures(`${RU}Число заслушанных на заседаниях Совета руководителей достигло восьми.`)).toEqual({ report_hearings: 8 });
    expect(figures(`${RU}Состав Совета. На долю некоммерческого сектора из них пришлось 14 мест, на государственных служащих - 5.`)).toEqual({ members_civil: 14, members_state: 5 });
    expect(figures(`${RU}На долю отделов акимата города пришлось пять отчётов из восьми.`).departments_heard).toBe(5);
    expect(figures(`${RU}Постоянных комиссий в структуре Совета 4.`)).toEqual({ commissions: 4 });
  });
  it('kk: "жетті", "саны … жетті"', () => {
    expect(figures(`${KK}Кеңестің құрамы желтоқсанның соңында 19 адамға жетті.`)).toEqual({ members_total: 19 });
    expect(figures(`${KK}Кеңес отырыстарында тыңдалған басшылар саны сегізге жетті.`)).toEqual({ report_hearings: 8 });
  });
  it('variant: "равнялось" with another noun', () => {
    expect(figures(`${RU}Заседаний постоянных комиссий проведено - 15, круглых столов равнялось трём.`).commission_meetings).toBe(15);
    expect(figures(`${RU}Количество общественных мониторингов равнялось шести.`)).toEqual({ monitorings: 6 });
  });
  it('near-misses: a reception\'s visitors, "заседаний комиссий" as commissions', () => {
    expect(figures(`${RU}Заседаний комиссий две.`)).toEqual({});
    expect(figures(`${RU}Численность посетителей приёмной достигла 46 человек.`)).toEqual({});
  });
});

describe('plan against fact (Shchuchinsk)', () => {
  it('ru: "Из четырех заседаний, предусмотренных планом на полугодие, проведено три"', () => {
    const text = `${H1}Заседания. Из четырех заседаний, предусмотренных планом на полугодие, проведено три (29 января, 27 марта, 26 июня).`;
    expect(figures(text)).toEqual({ general_meetings: 3 });
    expect(candidates(text)).toContain('general_meetings=4');
  });
  it('ru: "План предусматривал заслушивание пяти руководителей, отчитались четверо"', () => {
    expect(figures(`${H1}Отчеты руководителей. План предусматривал заслушивание пяти руководителей, отчитались четверо: аким города (27 марта).`).report_hearings).toBe(4);
  });
  it('kk: "Жоспарланған 4 отырыстың 3-еуі өткізілді"', () => {
    expect(figures(`${KK}Жоспарланған 4 отырыстың 3-еуі өткізілді.`)).toEqual({ general_meetings: 3 });
  });
  it('variant: digits, "намеченных", "состоялось"', () => {
    expect(figures(`${H1}Из 4 заседаний, намеченных на полугодие, состоялось 3.`)).toEqual({ general_meetings: 3 });
  });
  it('a noun of two words is not moved: both numbers stay candidates', () => {
    const text = `${H1}Из 4 заседаний Совета, предусмотренных планом, проведено 3.`;
    expect(figures(text)).toEqual({});
    expect(candidates(text)).toContain('general_meetings=4');
  });
  it('near-misses: nothing done of the plan is no figure', () => {
    expect(figures(`${H1}Из четырех заседаний, предусмотренных планом, перенесено два.`)).toEqual({});
    expect(figures(`${H1}Отчитались четверо членов комиссии.`)).toEqual({});
  });
});

describe('composition parts, events and reports told in a clause of their own (Mendykara, Shchuchinsk)', () => {
  it('ru: "семеро из которых представляют гражданское общество, двое – государственные органы"', () => {
    expect(figures(`${RU}Совет состоит из 9 членов, семеро из которых представляют гражданское общество, двое – государственные органы.`)).toEqual({ members_total: 9, members_civil: 7, members_state: 2 });
    expect(figures(`${RU}Состав. В Совете одиннадцать членов: восемь от гражданского общества, трое - госслужащие.`)).toEqual({ members_total: 11, members_civil: 8, members_state: 3 });
  });
  it('kk: the state\'s part after the civil one, its count first', () => {
    expect(figures(`${KK}Кеңесте 11 мүше: сегізі – азаматтық қоғамнан, үшеуі – мемлекеттік қызметшілер.`)).toMatchObject({ members_civil: 8, members_state: 3 });
  });
  it('ru and kk: the times an event was held; the reports\' total after the heads', () => {
    expect(figures(`${RU}Общественный мониторинг проводили два раза: 12 февраля – питание в школе.`)).toEqual({ monitorings: 2 });
    // The two departments listed before the total are counted since session 25 (bodiesHeardList listBeforeTotal, heard25.test.ts).
    expect(figures(`${RU}Заслушаны руководители отдела образования и отдела ЖКХ района, всего 2 отчёта.`)).toEqual({ report_hearings: 2, departments_heard: 2 });
    expect(figures(`${KK}Білім бөлімінің және ТКШ бөлімінің басшылары тыңдалды, барлығы 2 есеп.`)).toEqual({ report_hearings: 2 });
  });
  it('answers counted by the appeals their authors got them on', () => {
    expect(figures(`${RU}В Совет поступило 31 обращение. Ответы получены заявителями по 30 обращениям.`)).toEqual({ appeals_received: 31, appeals_answered: 30 });
    expect(figures(`${KK}Кеңеске 31 өтініш түсті. 30 өтініш бойынша жауап алынды.`)).toEqual({ appeals_received: 31, appeals_answered: 30 });
  });
  it('near-misses: a count of others in the same shape', () => {
    expect(figures(`${RU}Заслушаны предложения жителей, всего 12 предложений.`)).toEqual({});
    expect(figures(`${RU}В апреле, трое - госслужащие, приехали на встречу.`)).toEqual({});
  });
});
