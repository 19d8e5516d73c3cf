/**
 * The number words in COUNT_SOURCE are two tries (Kazakh stems, then their endings) beside one trie of the other
 * forms, not one trie of every form (22 kB, ~70 ms to compile in each protocol pattern): the pattern must match
 * exactly the words parseCount reads, no more and no fewer.
 */
import { describe, expect, it } from 'vitest';
import { COUNT_SOURCE, parseCount } from '../../../sources/extract/parseCount.ts';

const whole = new RegExp(`^${COUNT_SOURCE}$`, 'iu');
const STEMS = ['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан', 'жүз'];
const ENDINGS = ['', 'ы', 'і', 'сы', 'сі', 'еу', 'ау', 'нен', 'ден', 'тен', 'нан', 'дан', 'тан', 'нің', 'ның', 'ынан', 'інен', 'ына', 'іне', 'на', 'не', 'ға', 'ге', 'қа', 'ке', 'нда', 'нде', 'да', 'де', 'та', 'те', 'ын', 'ін', 'ны', 'ні', 'сына', 'сіне', 'сын', 'сін', 'ында', 'інде', 'сында', 'сінде'];
const NOT_ENDINGS = ['лар', 'лер', 'ншы', 'нші', 'ыншы', 'інші', 'дің', 'мен', 'ге(', 'ақ'];

describe('the number words of COUNT_SOURCE', () => {
  it('a Kazakh stem with an ending is matched exactly when parseCount reads it (and "бірге", "бірде" never)', () => {
    let read = 0;
    for (const stem of STEMS) {
      for (const ending of [...ENDINGS, ...NOT_ENDINGS]) {
        const w = stem + ending;
        const value = parseCount(w);
        // parseCount refuses a word with "ң" ("оң" is not "он"); the pattern lets the text's ң be the folded н.
        if (/ң/u.test(w)) continue;
        expect(whole.test(w), `${w}: parseCount ${value}`).toBe(value !== null);
        if (value !== null) read++;
      }
    }
    expect(read).toBeGreaterThan(500);
    expect(parseCount('бірге')).toBeNull();
    expect(whole.test('бірде')).toBe(false);
    expect(whole.test('бірінші')).toBe(false);
  });

  it('Russian forms, collectives and two-word numbers match and read', () => {
    for (const [w, n] of [['двенадцати', 12], ['восьмерых', 8], ['трижды', 3], ['тридцать девять', 39], ['отыз тоғызы', 39], ['он екі', 12], ['төртеуіне', 4], ['бесеуі', 5], ['жоқ', 0], ['нет', 0], ['двое', 2]] as const) {
      expect(whole.test(w), w).toBe(true);
      expect(parseCount(w), w).toBe(n);
    }
    for (const w of ['двухсторонний', 'трижды-два', 'отызыншы', 'оны', 'беседа', 'семья']) expect(whole.test(w), w).toBe(false);
  });
});
