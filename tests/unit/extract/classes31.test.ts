/**
 * Classes of session 31: a result said on its own line, its counts in a bracket on the next ("… / решение принято" over
 * "(жақ / за – 14 / …)." — set 83's Almaly);
 */
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';

const votes = (text: string) => parseProtocol(text).votes.map((v) => [v.for, v.against, v.abstain, v.declared]);

describe('a result over its counts in a bracket on the next line: the bracket\'s result', () => {
  it.each([
    ['ru, no stop', 'Решение принято\n(за – 10, против – 1, воздержались – 0).', [[10, 1, 0, 'adopted']]],
    ['ru, a stop', '1. Слушали: о бюджете.\nРешение принято.\n(за – 10, против – 1, воздержались – 0).', [[10, 1, 0, 'adopted']]],
    ['kk, rejected', 'Шешім қабылданбады\n(жақ – 4, қарсы – 7, қалыс – 0).', [[4, 7, 0, 'rejected']]],
    ['both languages', 'По повестке / Күн тәртібі бойынша: решение принято / шешім қабылданды\n(за / жақ – 9 / против / қарсы – 0 / воздержались / қалыс – 1).', [[9, 0, 1, 'adopted']]],
  ])('%s', (_, text, expected) => {
    expect(votes(text)).toEqual(expected);
  });
  it('near-miss: a vote of its own above (its numbers) lends the bracket below no result', () => {
    expect(votes('Решение принято (за – 12, против – 0).\n(за – 9, против – 1).')).toEqual([[12, 0, null, 'adopted'], [9, 1, null, null]]);
  });
  it('near-miss: a sentence with a number above ("принято в 2024 году") is no result of the bracket', () => {
    expect(votes('Выступил Иванов: предложение принято в 2024 году на сессии.\n(за – 9, против – 1).').at(-1)).toEqual([9, 1, null, null]);
  });
});
