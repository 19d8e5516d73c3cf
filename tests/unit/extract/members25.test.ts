/**
 * Session 25's membership figures (issue 12): a change of another body told beside the council's, a change told part by part
 * with one verb, neither joined nor left said in one clause of two halves, the composition's parts in the ablative. Each
 * class in ru and kk, with variants of our own and near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const read = (text: string) => parseReport(`${text}\n`);
/** The figures of the metrics asked for, as "metric=value", sorted. */
const figures = (text: string, metrics: RegExp = /^members_(?:left|joined)$/) => read(text).figures.filter((f) => metrics.test(f.metric)).map((f) => `${f.metric}=${f.value}`).sort();
const candidates = (text: string, metrics: RegExp = /^members_(?:left|joined)$/) => read(text).candidates.filter((f) => metrics.test(f.metric)).map((f) => `${f.metric}=${f.value}`).sort();

describe('another body\'s members changed, named in the count\'s own clause after the council\'s change', () => {
  it('ru: "из рабочей группы выбыли 2" after the council\'s new members is the working group\'s, a candidate', () => {
    expect(figures(`${RU}В состав Совета введены 2 новых члена, из рабочей группы выбыли 2.`)).toEqual(['members_joined=2']);
    expect(candidates(`${RU}В состав Совета введены 2 новых члена, из рабочей группы выбыли 2.`)).toEqual(['members_left=2']);
    // Other words, another body: the commission's composition.
    expect(figures(`${RU}В состав Совета введены 2 новых члена, из состава комиссии по социальным вопросам выбыли 2 члена.`)).toEqual(['members_joined=2']);
  });
  it('kk: "жұмыс тобынан 2 мүше шықты" after the council\'s is the working group\'s', () => {
    expect(figures(`${KK}Кеңес құрамына 2 жаңа мүше енгізілді, жұмыс тобынан 2 мүше шықты.`)).toEqual(['members_joined=2']);
  });
  it('near-miss: the council named again in the second clause is the council\'s change', () => {
    expect(figures(`${RU}В состав Совета введены 2 новых члена, из Совета выбыл 1 член.`)).toEqual(['members_joined=2', 'members_left=1']);
    expect(figures(`${KK}Кеңес құрамына 2 жаңа мүше енгізілді, кеңес құрамынан 1 мүше шықты.`)).toEqual(['members_joined=2', 'members_left=1']);
    // The body that decided is no body joined ("решениями рабочей группы … в состав введены два новых члена").
    expect(figures(`${RU}Полномочия одного члена Совета прекращены, решениями рабочей группы в марте и сентябре в состав введены два новых члена.`)).toEqual(['members_joined=2', 'members_left=1']);
    // The council's clause elided ("…, выбыли 2") stays the council's.
    expect(figures(`${RU}В состав Совета введены 2 новых члена, выбыли 2.`)).toEqual(['members_joined=2', 'members_left=2']);
  });
});

describe('a change told part by part with one verb: the sum of the parts, never one part', () => {
  it('kk: the parts before the verb ("бір мүше өз еркімен, 2 мүше денсаулығына байланысты шықты")', () => {
    expect(figures(`${KK}Кеңес құрамынан бір мүше өз еркімен, 2 мүше денсаулығына байланысты шықты.`)).toEqual(['members_left=3']);
    expect(figures(`${KK}Кеңес құрамынан екі мүше өз өтінішімен, бір мүше басқа жұмысқа ауысуына байланысты шығып кетті.`)).toEqual(['members_left=3']);
    expect(figures(`${KK}Кеңес құрамына резервтен бір жаңа мүше, мәслихат шешімімен екі мүше енгізілді.`)).toEqual(['members_joined=3']);
  });
  it('ru: the verb with the first part, the others elided by a dash; or the verb after the last part', () => {
    expect(figures(`${RU}Из состава Совета один член вышел по собственному желанию, двое — по состоянию здоровья.`)).toEqual(['members_left=3']);
    expect(figures(`${RU}Из состава Совета по собственному желанию выбыл 1 член, по состоянию здоровья — 2.`)).toEqual(['members_left=3']);
    expect(figures(`${RU}Из состава Совета 1 член по собственному желанию и 2 члена в связи с переездом выбыли.`)).toEqual(['members_left=3']);
  });
  it('near-miss: a total before its parts, another body\'s part, a clause with a verb of its own, the other change', () => {
    expect(figures(`${RU}Из состава Совета выбыли 3 члена: 1 по собственному желанию, 2 по состоянию здоровья.`)).toEqual(['members_left=3']);
    expect(figures(`${RU}Из состава Совета выбыл 1 член, из состава комиссии — 2 члена.`)).toEqual(['members_left=1']);
    expect(figures(`${RU}Из состава Совета по собственному желанию выбыл 1 член, 2 члена награждены в связи с юбилеем.`)).toEqual(['members_left=1']);
    expect(figures(`${RU}В состав Совета введены 2 новых члена по решению маслихата, а 1 член выбыл по собственному желанию.`)).toEqual(['members_joined=2', 'members_left=1']);
  });
});

describe('neither joined nor left, in one clause of two halves', () => {
  it('kk: "-ған да, -ған да жоқ", either order', () => {
    expect(figures(`${KK}Жыл ішінде құрамға ешкім қосылған да, одан шыққан да жоқ.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${KK}Кеңес құрамынан ешкім шыққан да, оған ешкім жаңадан қосылған да жоқ.`)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('ru: "ни …, ни …"', () => {
    expect(figures(`${RU}Никто не был ни введён в состав Совета, ни выведен из него.`)).toEqual(['members_joined=0', 'members_left=0']);
    expect(figures(`${RU}В отчётном году не было ни вновь введённых, ни выбывших членов.`)).toEqual(['members_joined=0', 'members_left=0']);
  });
  it('near-miss: another year, another body, a meeting left', () => {
    expect(figures(`${KK}2024 жылы құрамға ешкім қосылған да, одан шыққан да жоқ.`)).toEqual([]);
    expect(figures(`${KK}Комиссия құрамына ешкім қосылған да, одан шыққан да жоқ.`)).toEqual([]);
    expect(figures(`${KK}Отырысқа ешкім келген де, одан шыққан да жоқ.`)).toEqual([]);
  });
});

describe('the composition\'s parts in the ablative, a state institution for a state body', () => {
  it('kk: "сегізі қоғамдық ұйымдардан, үшеуі мемлекеттік мекемелерден", other words and order', () => {
    const parts = /^members_(?:total|civil|state)$/;
    expect(figures(`${KK}Кеңес құрамында 15 мүше бар: оның тоғызы үкіметтік емес ұйымдардан, алтауы мемлекеттік мекемелерден.`, parts)).toEqual(['members_civil=9', 'members_state=6', 'members_total=15']);
    expect(figures(`${KK}Кеңесте 11 мүше: үшеуі мемлекеттік мекемелерден, сегізі қалалық қоғамдық ұйымдардан.`, parts)).toEqual(['members_civil=8', 'members_state=3', 'members_total=11']);
    expect(figures(`${RU}В Совете 11 членов: восемь – от общественных организаций города, трое – из государственных учреждений.`, parts)).toEqual(['members_civil=8', 'members_state=3', 'members_total=11']);
  });
  it('near-miss: parts that do not add up, another body\'s members', () => {
    const parts = /^members_(?:civil|state)$/;
    expect(figures(`${KK}Кеңесте 11 мүше: сегізі қалалық қоғамдық ұйымдардан, төртеуі мемлекеттік мекемелерден.`, parts)).toEqual([]);
    expect(figures(`${KK}Жұмыс тобында 7 мүше: бесеуі қоғамдық ұйымдардан, екеуі мемлекеттік мекемелерден.`, parts)).toEqual([]);
  });
});
