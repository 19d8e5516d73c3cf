/**
 * JavaScript's \b knows only ASCII letters as word letters, even under the u flag: "ос\b" never matches "ОС – 17" (the
 * space and "с" are both non-word to it), "приложение\b" never matches "Приложение 1". Three patterns were so dead
 * (session 31: "Состав ОС – 17 членов" unread, an appendix never closing a plan's section); a boundary next to a
 * Cyrillic letter is written (?<![\p{L}]) / (?![\p{L}]) instead. This test keeps the class out of the extractors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..', 'sources', 'extract');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(?:ts|json)$/u.test(e.name) ? [join(dir, e.name)] : []));
/** \b (as "\b" in a literal or "\\b" in a string) right before or after a Cyrillic letter, a group's bracket between or not. */
const CYRILLIC_BOUNDARY = /[\u0400-\u04FF]\)?\\{1,2}b(?![a-z])|(?<![\\])\\{1,2}b\(?(?:\?:)?[\u0400-\u04FF]/u;

describe('no ASCII word boundary beside a Cyrillic letter in the extractors\' patterns', () => {
  it('none in sources/extract', () => {
    const found = files(ROOT).flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, k) => (CYRILLIC_BOUNDARY.test(line) ? [`${f.slice(ROOT.length + 1)}:${k + 1}`] : [])));
    expect(found).toEqual([]);
  });
  it('the pattern it looks for is dead code indeed: "ос\\b" does not match "ОС – 17"', () => {
    expect(/ос\b/iu.test('Состав ОС – 17')).toBe(false);
    expect(/ос(?![\p{L}])/iu.test('Состав ОС – 17')).toBe(true);
  });
});
