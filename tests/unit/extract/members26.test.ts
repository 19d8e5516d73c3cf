/**
 * Session 26's composition and meetings (issue 12). Variants of our own in ru and kk, near-misses that must give no figure.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import type { MetricId } from '../../../sources/extract/types.ts';

const RU = 'Отчет о работе Общественного совета за 2025 год\n\n';
const KK = 'Қоғамдық кеңестің 2025 жылғы қызметі туралы есеп\n\n';
const figure = (text: string, metric: MetricId) => parseReport(`${text}\n`).figures.filter((f) => f.metric === metric).map((f) => f.value);
const candidate = (text: string, metric: MetricId) => parseReport(`${text}\n`).candidates.filter((c) => c.metric === metric).map((c) => c.value);

describe('a count of bodies is never a count of the meetings after it', () => {
  // Guards the false general_meetings 3 of "Мәслихат жанындағы үш тұрақты комиссия … 11 рет өткізді": "үш" counts the
  // commissions standing between it and "отырыстарын", and the commissions are the maslihat's.
  it('kk: the commissions or the working groups between the number and "отырыс"', () => {
    const text = `${KK}Мәслихат жанындағы үш тұрақты комиссия өз отырыстарын жалпы саны 11 рет өткізді.`;
    expect(figure(text, 'general_meetings')).toEqual([]);
    expect(candidate(text, 'general_meetings')).toEqual([]);
    expect(figure(text, 'commission_meetings')).toEqual([]);
    expect(figure(`${KK}Екі жұмыс тобы отырыстарын бес рет өткізді.`, 'general_meetings')).toEqual([]);
    expect(figure(`${KK}Кеңес мүшелері 2 мәслихат отырысына қатысты.`, 'general_meetings')).toEqual([]);
  });
  it('ru: the commissions of the maslihat or working groups between the number and "заседания"', () => {
    expect(figure(`${RU}Три постоянные комиссии маслихата заседания проводили 11 раз.`, 'general_meetings')).toEqual([]);
    expect(candidate(`${RU}Три постоянные комиссии маслихата заседания проводили 11 раз.`, 'general_meetings')).toEqual([]);
    expect(figure(`${RU}Две рабочие группы заседания проводили пять раз.`, 'general_meetings')).toEqual([]);
  });
  it('the council\'s own count in the same sentence is still read', () => {
    expect(figure(`${KK}Кеңес 4 отырыс өткізді, ал мәслихат жанындағы үш тұрақты комиссия өз отырыстарын 11 рет өткізді.`, 'general_meetings')).toEqual([4]);
    expect(figure(`${RU}Совет провёл 4 заседания, а три постоянные комиссии маслихата свои заседания проводили 11 раз.`, 'general_meetings')).toEqual([4]);
  });
  it('near-miss kept: the council\'s name or an adjective between is no other body', () => {
    expect(figure(`${KK}Есепті кезеңде 2 Кеңес отырысы өтті.`, 'general_meetings')).toEqual([2]);
    expect(figure(`${KK}Кеңес 3 кезекті отырыс өткізді.`, 'general_meetings')).toEqual([3]);
    expect(figure(`${RU}Проведено 3 общих заседания Совета.`, 'general_meetings')).toEqual([3]);
  });
});
