/**
 * The prefilters of session 25's perf work: each lets a pattern be skipped only where it cannot match, so a reader's
 * output is the same with them (checked over every fixture document by a harness; here, the rule itself).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayMatch } from '../../../sources/extract/grammar/requiredText.ts';
import { re } from '../../../sources/extract/protocol/re.ts';

describe('mayMatch', () => {
  it('skips a text without any of the words every match holds, and runs the pattern on one with them', () => {
    const present = re('(\\d+)\\s+(?:член|мүше)[\\p{L}]*\\s+присутств');
    expect(mayMatch(present, 'Рассмотрено 5 обращений')).toBe(false);
    // (the longest word a match holds is the one looked for: "отсутствовали" holds no "присутств")
    expect(mayMatch(present, '14 членов Совета отсутствовали')).toBe(false);
    expect(mayMatch(present, '14 членов присутствовали')).toBe(true);
    expect(present.test('14 членов присутствовали')).toBe(true);
  });

  it('folds case as the pattern does: under the i flag, the capitals, and the signs that fold with a letter', () => {
    const word = re('сессия\\s+(\\d+)');
    expect(mayMatch(word, 'СЕССИЯ 5')).toBe(true);
    expect(word.test('СЕССИЯ 5')).toBe(true);
    // "ſ" (long s) and the Kelvin sign fold with "s" and "k" under the i flag: a prefilter by lower case would miss them.
    const latin = /session\s+(\d+)|kenes/iu;
    expect(latin.test('ſession 5')).toBe(true);
    expect(mayMatch(latin, 'ſession 5')).toBe(true);
    expect(mayMatch(latin, '\u212Aenes')).toBe(true);
    // Case-sensitive without it.
    expect(mayMatch(/сессия\s+(\d+)/u, 'СЕССИЯ 5')).toBe(false);
  });

  it('runs a pattern that requires no word of two letters or more, and keeps a global pattern\'s lastIndex', () => {
    expect(mayMatch(/\d+/u, 'abc')).toBe(true);
    expect(mayMatch(/(?:a|bc)\d/u, 'xyz')).toBe(true);
    const global = /заседани[\p{L}]*/gu;
    global.lastIndex = 3;
    expect(mayMatch(global, 'два заседания')).toBe(true);
    expect(global.lastIndex).toBe(3);
  });

  it('never skips a text the pattern matches (a near-miss of each word too)', () => {
    const pattern = re('(?:проведен|организован)[\\p{L}]*\\s+(\\d+)\\s+(?:заседани|мониторинг)');
    const seen = new Map<RegExp, boolean>();
    fc.assert(
      fc.property(fc.array(fc.constantFrom('проведено', 'ПРОВЕДЕНО', 'организовано', 'проведн', '3', 'заседания', 'Мониторингов', 'заседани', ' ', 'и'), { maxLength: 8 }), (words) => {
        const text = words.join(' ');
        seen.clear();
        if (pattern.test(text)) expect(mayMatch(pattern, text, seen)).toBe(true);
      }),
    );
  });
});
