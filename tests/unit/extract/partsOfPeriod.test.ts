/**
 * partsOfPeriod: the one reader of "which part of the year does this column, label or sentence name" (quarters, halves,
 * the first months, a month, a run of months; ru and kk), and of what names none (a year, "за отчетный период", a date).
 */
import { describe, expect, it } from 'vitest';
import { partsOfPeriod } from '../../../sources/extract/report/partsOfPeriod.ts';

const read = (text: string) => partsOfPeriod(text).map((p) => ({ kind: p.kind, months: p.months, span: p.span, no: p.no, own: p.own, several: p.several }));
const one = (kind: string, months: number, span: [number, number] | null, no: number | null = null, own = false, several = false) => [{ kind, months, span, no, own, several }];

describe('partsOfPeriod', () => {
  it.each([
    ['I кв.', one('quarter', 3, [1, 3], 1)],
    ['ІІ тоқсан', one('quarter', 3, [4, 6], 2)],
    ['3-тоқсан', one('quarter', 3, [7, 9], 3)],
    ['в IV квартале 2025 года', one('quarter', 3, [10, 12], 4)],
    ['за 3-й квартал', one('quarter', 3, [7, 9], 3)],
    ['төртінші тоқсанда', one('quarter', 3, [10, 12], 4)],
    ['Факт IV кв. 2025', one('quarter', 3, [10, 12], 4)],
  ])('a quarter with its number: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['1 полугодие', one('half', 6, [1, 6], 1)],
    ['II жартыжылдық', one('half', 6, [7, 12], 2)],
    ['2025 ж. І ж/ж', one('half', 6, [1, 6], 1)],
    ['во втором полугодии', one('half', 6, [7, 12], 2)],
    ['екінші жарты жылда', one('half', 6, [7, 12], 2)],
  ])('a half with its number: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['отчетный квартал', one('quarter', 3, null, null, true)],
    ['есепті тоқсан', one('quarter', 3, null, null, true)],
    ['отчётное полугодие', one('half', 6, null, null, true)],
    ['за полгода', one('half', 6, null)],
    ['по кварталам', one('quarter', 3, null, null, false, true)],
    ['2 кварталы', one('quarter', 3, null, null, false, true)],
    ['тоқсандар бойынша', one('quarter', 3, null, null, false, true)],
  ])('a part with no number, the report\'s own, or several: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['за 9 месяцев', one('months', 9, [1, 9])],
    ['Итого за 9 мес.', one('months', 9, [1, 9])],
    ['за девять месяцев', one('months', 9, [1, 9])],
    ['тоғыз айы', one('months', 9, [1, 9])],
    ['6 ай ішінде', one('months', 6, [1, 6])],
    ['январь – сентябрь', one('months', 9, [1, 9])],
    ['с января по июнь', one('months', 6, [1, 6])],
    ['қаңтар–маусым', one('months', 6, [1, 6])],
    ['Январь', one('month', 1, [1, 1])],
    ['Қаңтар', one('month', 1, [1, 1])],
  ])('months: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['2025 год'], ['2024 жыл'], ['за отчетный период'], ['есепті кезеңде'], ['12 мая'], ['мамырдың 12-сі'], ['15.03.2025'],
    ['5 мест'], ['Всего'], ['План на 2025 год'],
  ])('names no part: %s', (text) => expect(read(text)).toEqual([]));

  it('names every part it holds, in order, with where they stand', () => {
    expect(partsOfPeriod('2025 год I кв. II кв.').map((p) => [p.text, p.index, p.span])).toEqual([['i кв.', 9, [1, 3]], ['ii кв.', 15, [4, 6]]]);
  });
});
