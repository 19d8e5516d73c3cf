/**
 * The numbers a report writes, as grammar/findCounts reads them: the grouped
 * thousands that once came out as their first group ("12 500" as 12), the
 * decimals that are only counts before тыс./мың, number words in their case
 * forms, Kazakh endings — and the Russian "он" that is "he", not ten.
 */
import { describe, expect, it } from 'vitest';
import { findCounts } from '../../../../sources/extract/grammar/findCounts.ts';

const read = (text: string) => findCounts(text).map((c) => [text.slice(c.start, c.end), c.value]);

describe('findCounts', () => {
  it.each([
    ['12 500 просмотров', [['12 500', 12500]]],
    ['21\u00a0400 и 3\u202f000', [['21\u00a0400', 21400], ['3\u202f000', 3000]]],
    ['85 тыс. просмотров', [['85 тыс.', 85000]]],
    ['12,4 тыс. и 41,3 мың', [['12,4 тыс.', 12400], ['41,3 мың', 41300]]],
    ['1,2 млн показов', [['1,2 млн', 1200000]]],
    ['шести, восьми, двух', [['шести', 6], ['восьми', 8], ['двух', 2]]],
    ['двадцати пяти членов', [['двадцати пяти', 25]]],
    ['сто двадцать три обращения', [['сто двадцать три', 123]]],
    ['4-х заседаний, 25-ти', [['4-х', 4], ['25-ти', 25]]],
    ['бес отырыс, он екі мүше, жиырма үш', [['бес', 5], ['он екі', 12], ['жиырма үш', 23]]],
    ['22-сі, 7-іне, 76-сына', [['22-сі', 22], ['7-іне', 7], ['76-сына', 76]]],
    ['он мүше қатысты', [['он', 10]]],
    // мың with its Kazakh case ending is still thousands
    ['40 мыңнан астам, 12 мыңға жуық', [['40 мыңнан', 40000], ['12 мыңға', 12000]]],
    // a rendered report's counterexample: the point after мың belongs to it
    ['(1 мың. қаралым)', [['1 мың.', 1000]]],
    // collective numerals, said of people
    ['двое новых, трое членов, четверо, пятерых, шестеро', [['двое', 2], ['трое', 3], ['четверо', 4], ['пятерых', 5], ['шестеро', 6]]],
    ['двоих и троим', [['двоих', 2], ['троим', 3]]],
    ['екеуі, үшеуі, сегізеу, тоғызауы', [['екеуі', 2], ['үшеуі', 3], ['сегізеу', 8], ['тоғызауы', 9]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    ['он выступил на заседании'],
    ['рост на 12,4 и 1.5 балла'],
    ['12,500 и 3.000'],
  ])('no count in "%s"', (text) => {
    expect(read(text).filter(([raw]) => !/^\d{1,3}$/.test(String(raw)))).toEqual([]);
  });

  it('digits after a grouping space are no number of their own', () => {
    expect(read('итого 3 145')).toEqual([['3 145', 3145]]);
  });
});
