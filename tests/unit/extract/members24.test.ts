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

const KK_H1 = 'Қоғамдық кеңестің 2025 жылғы бірінші жартыжылдықтағы қызметі туралы есеп\n\n';

describe('none joined and none left said in other words (Aktogay, Sandyktau, Aiteke bi, Shauildir, Zhanatas)', () => {
  it('ru: the composition "остался прежним / без изменений", "движения в составе не было"', () => {
    expect(figures(`${RU_H1}Персональный состав Совета в первом полугодии остался прежним: 9 членов.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${RU}Состав Совета в 2025 году остался без изменений.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${RU_H1}11 членов (НПО – 8, госслужащие – 3). Движения в составе за полугодие не было.`)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('kk: the one joined or left as the subject and "жоқ" / "болмады" its verb', () => {
    expect(figures(`${KK_H1}Жартыжылдықта құрамнан 1 мүше шықты, жаңадан қабылданған мүше жоқ.`)).toEqual(['members_joined=0', 'members_left=1']);
    expect(figures(`${KK_H1}Жарты жыл ішінде құрамға жаңа мүше қабылданбады, Кеңестен шыққан мүше де болмады.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${RU}Вновь введённых членов в 2025 году нет, выбывших членов нет.`)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('kk and ru: the half-year by its months is the period ("Алты айда", "за шесть месяцев")', () => {
    expect(figures(`${KK_H1}Алты айда құрам өзгермеді.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${RU_H1}За шесть месяцев изменений в составе не было.`)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('near-miss: the number of members unchanged, another body, a place not filled, another year, a part of the year', () => {
    expect(figures(`${RU}Количественный состав Совета остался прежним – 15 человек.`)).toEqual([]);
    expect(figures(`${RU}Численный состав Совета остался неизменным – 15 человек.`)).toEqual([]);
    // Set 45's writer leaves the Kazakh "өзгеріссіз қалды" out (no number): unread.
    expect(figures(`${KK}Құрам жыл бойы өзгеріссіз қалды.`)).toEqual([]);
    expect(figures(`${RU}Состав комиссии по социальным вопросам остался прежним.`)).toEqual([]);
    expect(figures(`${KK}Кеңестен шыққан мүшенің орнына жаңа мүше әлі тағайындалған жоқ.`)).toEqual([]);
    expect(figures(`${RU}В 2024 году движения в составе не было.`)).toEqual([]);
    expect(figures(`${KK}Тоғыз айда құрам өзгермеді.`)).toEqual([]);
  });
});

describe('a change told in a shape of its own (Akmola, Taldykorgan, Kazaly, Shieli, Syrym, Akkol, Zhosaly)', () => {
  it('ru: the second change of one sentence leaves the council and the members out ("…, выбыли 2", "прекратили полномочия 3")', () => {
    expect(figures(`${RU}В течение года в Совет вошли 4 новых члена, прекратили полномочия 3 (двое – по личным заявлениям, один – в связи с переездом).`)).toEqual(['members_joined=4', 'members_left=3']);
    expect(figures(`${RU}За год в состав Совета включены 3 новых члена, выбыли 2.`)).toEqual(['members_joined=3', 'members_left=2']);
  });
  it('kk: a label and its dash ("шыққандар – 2"), "мүшеліктен / мүшелігінен шығарылды"', () => {
    expect(figures(`${KK}– Кеңес құрамынан шыққандар – 2, жаңадан енгізілгендер – 3;`)).toEqual(['members_joined=3', 'members_left=2']);
    expect(figures(`${KK}Жыл ішінде 2 мүше Кеңес мүшелігінен шығарылды.`)).toEqual(['members_left=2']);
    expect(figures(`${KK}Құрамға 2 адам қосылды, ал Петров А.А. жеке арызымен мүшеліктен шығарылды – 1 мүше.`)).toEqual(['members_joined=2', 'members_left=1']);
  });
  it('kk: the verb after a comma, the count before it ("бір мүше (…) өз еркімен, … байланысты шықты")', () => {
    expect(figures(`${KK}Кеңес құрамынан екі мүше (Ахметов А.А., Омаров Б.Б.) өз өтінішімен, денсаулығына байланысты шықты.`)).toEqual(['members_left=2']);
  });
  it('ru: a verbal noun is no joining ("в связи с избранием"); the new member "на освободившееся место"', () => {
    expect(figures(`${RU}В марте один член Совета вышел из состава в связи с избранием в маслихат; на освободившееся место в мае введён новый член.`)).toEqual(['members_joined=1', 'members_left=1']);
  });
  it('kk: one named member "Кеңестен шықты"', () => {
    expect(figures(`${KK}Кеңес мүшесі А.Б. Серікбаев денсаулығына байланысты Кеңестен шықты.`)).toEqual(['members_left=1']);
  });
  it('near-miss: another kind of count in the second clause, another body\'s membership, two named members', () => {
    expect(figures(`${RU}В состав Совета введены 2 новых члена, проведено 3 заседания.`)).toEqual(['members_joined=2']);
    expect(figures(`${KK}Комиссия мүшелігінен 1 мүше шығарылды.`)).toEqual([]);
    expect(figures(`${KK}А.Б. Серікбаев пен В.Г. Омаров Кеңестен шықты.`)).toEqual([]);
  });
});

describe('"вошли" is joining only of new members', () => {
  it('near-miss: the composition at formation "В состав Совета вошли 11 человек: 8 – …, 3 – …" is no one joined', () => {
    expect(figures(`${RU}В состав Совета вошли 11 человек: 8 – от гражданского общества, 3 – от государственных органов.`)).toEqual([]);
  });
});
