/**
 * The extractors' patterns compile `\p{L}` as the letters of the texts' scripts (grammar/lowerCase.ts
 * textLettersIn): the whole Unicode letter class, case-folded by the `i` flag, cost each pattern milliseconds
 * and the first protocol of a process read in 3 s. The narrower class must still be a letter class for every
 * word a council writes — Russian, Kazakh, Latin with accents, Greek — and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { textLettersIn } from '../../../sources/extract/grammar/lowerCase.ts';
import { re } from '../../../sources/extract/protocol/re.ts';

const word = (flags: string) => new RegExp(`^${textLettersIn('\\p{L}')}+$`, flags);

describe('textLettersIn', () => {
  it('reads every letter of Russian, Kazakh and Latin text as a letter, in either case', () => {
    for (const flags of ['u', 'iu']) {
      for (const w of ['Ёлка', 'ӘҒҚҢӨҰҮҺІ', 'әғқңөұүһі', 'Şəhər', 'Müller', 'café', 'ΔΕΛΤΑ', 'Zoom', 'ЎЏЂ']) expect(word(flags).test(w), `${w} /${flags}`).toBe(true);
    }
  });

  it('no digit, space, dash, quote, bracket, sign or symbol is a letter', () => {
    for (const ch of ['1', ' ', '\u00a0', '-', '–', '—', '«', '»', '"', '(', ')', '№', '%', '×', '÷', '.', ',', ':', '•', '€']) expect(word('iu').test(ch), JSON.stringify(ch)).toBe(false);
  });

  it('turns \\p{L} into the class in a class and on its own, and leaves escapes and other sources alone', () => {
    const inClass = textLettersIn("[\\p{L}'’-]+");
    expect(inClass.startsWith('[A-Za-z')).toBe(true);
    expect(inClass.endsWith("'’-]+")).toBe(true);
    expect(textLettersIn('\\p{L}+')).toMatch(/^\[A-Za-z.*\]\+$/);
    // An escaped backslash before "p{L}" is a backslash and the letters p, {, L, } — not the class.
    expect(textLettersIn('\\\\p{L}')).toBe('\\\\p{L}');
    expect(textLettersIn('(?<![\\d.,])\\d+')).toBe('(?<![\\d.,])\\d+');
    // After a class closes, a lone \p{L} gets its own brackets again.
    expect(new RegExp(textLettersIn('[\\d]\\p{L}'), 'u').test('1ә')).toBe(true);
  });

  it('protocol patterns built by re() match as \\p{L} did on council text', () => {
    const surname = re('^[А-ЯӘҒҚҢӨҰҮҺІ][\\p{L}-]+\\s+[А-ЯӘҒҚҢӨҰҮҺІ]\\.');
    expect(surname.test('Әбілқасымова-Сейітова Ж.')).toBe(true);
    expect(surname.test('Ә1 Ж.')).toBe(false);
    const standalone = re('(?<!\\p{L})он(?!\\p{L})');
    expect(standalone.test('он екі')).toBe(true);
    expect(standalone.test('жалпы саны онға')).toBe(false);
  });
});
