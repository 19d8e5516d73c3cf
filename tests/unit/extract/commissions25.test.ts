/**
 * Session 25's count of commissions (issue 12): a label whose colon opens the list of commissions, a list number before
 * the label, the Kazakh singular "комиссия саны", the council as the place ("При Совете – 3 комиссии:", "Кеңес жанында"),
 * the commissions after the members in the council's make-up, the commissions that held their meetings N times, a slide's
 * key figures with the count before its words. Variants of our own in ru and kk, near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const commissions = (text: string) => parseReport(`${text}\n`).figures.filter((f) => f.metric === 'commissions').map((f) => f.value);

describe('the commissions as a label, its colon opening their list', () => {
  it('ru: numbered, the count before a colon, in digits or in words', () => {
    expect(commissions(`${RU}1.2. Постоянных комиссий – 4: социальная; экономическая; правовая; по СМИ.`)).toEqual([4]);
    expect(commissions(`${RU}Постоянных комиссий четыре: социальная, экономическая, правовая и по СМИ.`)).toEqual([4]);
    expect(commissions(`${RU}Количество постоянных комиссий – 3: по социальным вопросам, по ЖКХ, по экономике.`)).toEqual([3]);
  });
  it('kk: "комиссия саны" in the singular, "тұрақты комиссиялар – 4:" numbered', () => {
    expect(commissions(`${KK}Кеңес құрамы: 13 мүше, комиссия саны – 2.`)).toEqual([2]);
    expect(commissions(`${KK}3) Тұрақты комиссиялар – 4: әлеуметтік, экономикалық, құқықтық, БАҚ.`)).toEqual([4]);
  });
  it('near-miss: the commissions\' meetings as the label', () => {
    expect(commissions(`${RU}Заседаний постоянных комиссий – 3: в марте, июне и сентябре.`)).toEqual([]);
    expect(commissions(`${RU}2. Количество заседаний: Совета – 6; комиссий 12.`)).toEqual([]);
  });
});

describe('the council as the place of its commissions, or their count after its members', () => {
  it('ru and kk: "При Совете – 2 комиссии:", "Кеңес жанында 3 комиссия:", "В Совете 2 комиссии."', () => {
    expect(commissions(`${RU}При Общественном совете – 2 комиссии: по социальным вопросам и по ЖКХ.`)).toEqual([2]);
    expect(commissions(`${RU}В Совете 2 комиссии.`)).toEqual([2]);
    expect(commissions(`${KK}Кеңес жанында 3 комиссия: әлеуметтік, экономикалық, құқықтық.`)).toEqual([3]);
  });
  it('ru and kk: the members, their parts in a bracket, then the commissions', () => {
    expect(commissions(`${RU}На 30.06.2025 в Совете 21 член (НПО – 15, госорганы – 6), 4 постоянные комиссии.`)).toEqual([4]);
    expect(commissions(`${KK}Кеңесте 21 мүше (ҮЕҰ – 15, мемлекеттік органдар – 6), 4 тұрақты комиссия.`)).toEqual([4]);
  });
  it('near-miss: a verb after the commissions, another body as the place, a member in two of them', () => {
    expect(commissions(`${RU}В Совете 2 комиссии провели выездное заседание.`)).toEqual([]);
    expect(commissions(`${RU}При акимате – 3 комиссии: по социальным вопросам; по ЖКХ.`)).toEqual([]);
    expect(commissions(`${RU}Каждый член Совета работает в 2 комиссиях.`)).toEqual([]);
  });
});

describe('the commissions that held their meetings N times in all', () => {
  it('kk and ru: after a clause of the presidium or the council', () => {
    expect(commissions(`${KK}Кеңес төралқасы жыл бойы үш рет жиналып, үш тұрақты комиссия өз отырыстарын жалпы саны 11 рет өткізді.`)).toEqual([3]);
    expect(commissions(`${KK}Кеңес жиналып, екі тұрақты комиссия өз отырыстарын барлығы 7 рет өткізді.`)).toEqual([2]);
    expect(commissions(`${RU}Три постоянные комиссии провели свои заседания в общей сложности 11 раз.`)).toEqual([3]);
  });
  it('near-miss: another body\'s commissions', () => {
    expect(commissions(`${KK}Маслихаттың 3 тұрақты комиссиясы өз отырыстарын 11 рет өткізді.`)).toEqual([]);
  });
});

describe('a slide\'s key figures, the count before its words, under the composition\'s title', () => {
  it('ru and kk: the commissions after the members\' lines', () => {
    expect(commissions(`${RU}СОСТАВ СОВЕТА (на 31.12.2025)\n  25        членов Совета\n   6        представители госорганов\n   5        постоянных комиссий\n`)).toEqual([5]);
    expect(commissions(`${KK}КЕҢЕС ҚҰРАМЫ\n  21      мүше\n   4      тұрақты комиссия\n`)).toEqual([4]);
  });
  it('near-miss: under the meetings\' title the lines count meetings', () => {
    expect(commissions(`${RU}ЗАСЕДАНИЯ\n  6   заседаний Совета\n  8   заседаний комиссий\n`)).toEqual([]);
  });
});
