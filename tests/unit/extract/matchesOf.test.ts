import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../sources/extract/grammar/matchesOf.ts';

/** What a reader keeps of a match: where, what, and each group. */
const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ at: m.index, all: m[0], groups: [...m.slice(1)] }));

// Patterns of the kinds the readers use: empty matches, look-behinds, Unicode classes, astral characters.
const PATTERNS = [/\d+/gu, /(\p{L}+)-(\p{L}+)/gu, /(?<![\p{L}])за(?![\p{L}])/giu, /\s*/gu, /(?:)/gu, /x*/g, /(?<=\d)\s(?=\d{3})/gu, /[\u{1F600}-\u{1F64F}]?/gu, /.?/gu];

describe('matchesOf', () => {
  it('gives what String.matchAll gives, for any text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATTERNS), fc.string({ unit: fc.constantFrom('а', 'за', ' ', '1', '2', '-', 'қ', '😀', 'x', '\u00a0', 'Я') }), (regex, text) => {
        expect(shape(matchesOf(text, regex))).toEqual(shape(text.matchAll(regex)));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves the pattern at 0, so a reader may use it again inside its loop', () => {
    const digits = /\d+/gu;
    const seen: string[] = [];
    for (const m of matchesOf('12 и 345, 6', digits)) seen.push(`${m[0]}:${matchesOf(m[0], digits).length}`);
    expect(seen).toEqual(['12:1', '345:1', '6:1']);
    expect(digits.lastIndex).toBe(0);
  });

  it('starts from 0 whatever an earlier test() left', () => {
    const digits = /\d+/g;
    expect(digits.test('a 12 b 34')).toBe(true);
    expect(matchesOf('a 12 b 34', digits).map((m) => m[0])).toEqual(['12', '34']);
  });

  it('steps over an astral character whole on an empty match under u', () => {
    expect(matchesOf('😀a', /(?:)/gu).map((m) => m.index)).toEqual([0, 2, 3]);
    expect(matchesOf('😀a', /(?:)/g).map((m) => m.index)).toEqual([0, 1, 2, 3]);
  });

  it('refuses a pattern without g, as matchAll does', () => {
    expect(() => matchesOf('1', /\d/u)).toThrow(TypeError);
  });
});
