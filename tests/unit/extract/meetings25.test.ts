/**
 * Session 25's counts of meetings (issue 12): the fact told after its plan (the same number in both, or the fact's noun
 * left in the plan's clause), "іс жүзінде" read as "in fact" (never a hundred), the presidium's times with an aside or a
 * bracket between, a rate by quarters ("тоқсан сайын") no part of the period, the commissions' meetings held N times in
 * all. Variants of our own in ru and kk, near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { findCounts } from '../../../sources/extract/grammar/findCounts.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const KK_H1 = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы қызметі туралы есеп\n\n';
const KK_Q3 = 'Қоғамдық кеңестің 2025 жылғы ІІІ тоқсандағы қызметі туралы есеп\n\n';
const figure = (text: string, metric: string) => parseReport(`${text}\n`).figures.filter((f) => f.metric === metric).map((f) => f.value);

describe('the meetings held told after their plan', () => {
  it('the same number planned and held: the fact\'s count is the figure, the plan a candidate', () => {
    expect(figure(`${KK_H1}Жұмыс жоспарында жартыжылдыққа 3 отырыс көзделген, іс жүзінде 3 отырыс өткізілді.`, 'general_meetings')).toEqual([3]);
    expect(figure(`${RU}Запланировано 4 заседания Совета, проведено 4 заседания.`, 'general_meetings')).toEqual([4]);
  });
  it('the fact\'s noun left in the plan\'s clause: "фактически проведено 5", "6-уы да өтті", "іс жүзінде 3-еуі өткізілді"', () => {
    expect(figure(`${RU}Планом было предусмотрено 6 заседаний Совета, фактически проведено 5 (в 2024 году – 5).`, 'general_meetings')).toEqual([5]);
    expect(figure(`${RU}Запланировано 4 заседания ОС, а фактически прошло 3.`, 'general_meetings')).toEqual([3]);
    expect(figure(`${KK}Жұмыс жоспарында 6 отырыс көзделген, 6-уы да өтті.`, 'general_meetings')).toEqual([6]);
    expect(figure(`${KK}Жоспарда кеңестің 4 отырысы көзделген, іс жүзінде 3-еуі өткізілді.`, 'general_meetings')).toEqual([3]);
  });
  it('near-miss: the plan alone, another body\'s plan, another year\'s fact', () => {
    expect(figure(`${RU}Планом предусмотрено 6 заседаний Совета.`, 'general_meetings')).toEqual([]);
    expect(figure(`${KK}Комиссиялардың 6 отырысы көзделген, 5-еуі өтті.`, 'general_meetings')).toEqual([]);
    expect(figure(`${RU}Планом предусмотрено 6 заседаний комиссий, фактически проведено 5.`, 'general_meetings')).toEqual([]);
    expect(figure(`${RU}На 2026 год предусмотрено 6 заседаний Совета, фактически проведено 5 в 2025 году.`, 'general_meetings')).toEqual([]);
  });
  it('"іс жүзінде", "жер жүзінде" are idioms, no hundred; "жүз" alone is a hundred', () => {
    expect(findCounts('іс жүзінде 3-еуі өткізілді', { kazakh: true }).map((c) => c.value)).toEqual([3]);
    expect(findCounts('жер жүзінде', { kazakh: true })).toEqual([]);
    expect(findCounts('жүз адам', { kazakh: true }).map((c) => c.value)).toEqual([100]);
  });
});

describe('the presidium\'s times with an aside or a bracket', () => {
  it('kk and ru: a parenthesis and a converb\'s clause between the presidium and its count', () => {
    expect(figure(`${KK}Төралқа, Кеңес ережесіне сәйкес, тоқсан сайын шақырылып, жыл бойы төрт рет жиналды.`, 'presidium_meetings')).toEqual([4]);
    expect(figure(`${RU}Президиум, согласно Положению о Совете, в течение года собирался 4 раза.`, 'presidium_meetings')).toEqual([4]);
  });
  it('kk and ru: a bracket of dates or circumstances between the times and the verb', () => {
    expect(figure(`${KK_Q3}Төралқа ІІІ тоқсанда 1 рет (25 қыркүйекте, Кеңес отырысынан кейін) жиналды, жыл басынан бері – 4 рет.`, 'presidium_meetings')).toEqual([1]);
    expect(figure(`${RU}Президиум 2 раза (в июле и сентябре) собирался.`, 'presidium_meetings')).toEqual([2]);
  });
  it('near-miss: another body in the aside, a bracket of another year or of the last quarter, a rate', () => {
    expect(figure(`${RU}Президиум, как и комиссии, собирался по мере необходимости, всего 4 раза.`, 'presidium_meetings')).toEqual([]);
    expect(figure(`${KK}Төралқа, жұмыс тобы сияқты, жыл бойы төрт рет жиналды.`, 'presidium_meetings')).toEqual([]);
    expect(figure(`${KK_Q3}Төралқа 1 рет (2024 жылы) жиналды.`, 'presidium_meetings')).toEqual([]);
    expect(figure(`${KK_Q3}Төралқа 1 рет (өткен тоқсанда – 2) жиналды.`, 'presidium_meetings')).toEqual([]);
    expect(figure(`${KK}Тоқсан сайын төралқа 2 рет жиналды.`, 'presidium_meetings')).toEqual([]);
  });
});

describe('the commissions\' meetings held N times in all', () => {
  it('kk and ru', () => {
    expect(figure(`${KK}Кеңес төралқасы жыл бойы үш рет жиналып, үш тұрақты комиссия өз отырыстарын жалпы саны 11 рет өткізді.`, 'commission_meetings')).toEqual([11]);
    expect(figure(`${RU}Три постоянные комиссии провели свои заседания в общей сложности 11 раз.`, 'commission_meetings')).toEqual([11]);
  });
  it('near-miss: a plan or a rate of the commissions\' meetings, another year', () => {
    expect(figure(`${KK}Комиссиялар өз отырыстарын жалпы саны 12 рет өткізуді жоспарлады.`, 'commission_meetings')).toEqual([]);
    expect(figure(`${RU}Комиссии проводят свои заседания 4 раза в год.`, 'commission_meetings')).toEqual([]);
    expect(figure(`${KK}2024 жылы комиссиялар өз отырыстарын жалпы саны 9 рет өткізді.`, 'commission_meetings')).toEqual([]);
  });
});
