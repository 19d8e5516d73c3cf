/**
 * Session 24's membership and meeting figures (issue 12): changes of the composition, its parts and the meetings told as
 * no earlier set tells them (sets 38, 42–45, 57–61). Each class in ru and kk, with variants of our own and near-misses
 * that must give no figure: parts of one count, another year's change, another body's members, last year's meetings.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const RU_H1 = 'Отчет о работе Общественного совета за первое полугодие 2025 года\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const read = (text: string) => parseReport(`${text}\n`);
/** The figures of the metrics asked for, as "metric=value", sorted. */
const figures = (text: string, metrics: RegExp = /^members_(?:left|joined)$/) => read(text).figures.filter((f) => metrics.test(f.metric)).map((f) => `${f.metric}=${f.value}`).sort();

describe('a change told with the month it happened in, the count in words (Pavlodar, Ridder, Zaysan, Shchuchinsk)', () => {
  it('ru: each month in its own clause of leaving or joining is when, not a part of the period', () => {
    expect(figures(`${RU}В апреле из состава Совета по состоянию здоровья вышел один член, в октябре решением маслихата введён один новый член.`)).toEqual(['members_joined=1', 'members_left=1']);
    // The composition's total first, then the changes after a colon.
    expect(figures(`${RU}Численность Совета на конец года – 20 человек: в марте один член выбыл в связи с переездом, в июне распоряжением акима введён один новый член.`)).toEqual(['members_joined=1', 'members_left=1']);
  });
  it('ru: a part of the year named after the last count counts nothing (a plan, the next half-year)', () => {
    expect(figures(`${RU_H1}В марте по собственному желанию вышел один член Совета; новые члены в первом полугодии не вводились.`)).toEqual(['members_joined=0', 'members_left=1']);
    expect(figures(`${RU_H1}В феврале из состава Совета выбыл один член; вопрос о новом члене будет рассмотрен во втором полугодии.`)).toEqual(['members_left=1']);
  });
  it('kk: the same in Kazakh', () => {
    expect(figures(`${KK}Сәуір айында Кеңес құрамынан бір мүше өз өтінішімен шықты; қазан айында бір жаңа мүше енгізілді.`)).toEqual(['members_joined=1', 'members_left=1']);
  });
  it('near-miss: two months of one kind are parts of one count; a month of another year is another period', () => {
    expect(figures(`${RU}В марте из состава Совета выбыл один член, в мае выбыли двое.`)).toEqual([]);
    expect(figures(`${RU}В июне 2024 года из состава Совета вышел один член, в июле 2024 года введён один новый член.`)).toEqual([]);
  });
});
