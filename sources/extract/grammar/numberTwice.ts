import { parseCount } from '../parseCount.ts';

/**
 * A number written twice, in words and in digits, as official letters do: "он жеті (17) мүше", "четырнадцать (14)
 * заседаний", "14 (он төрт) отырыс", "екеуіне (2)". The second writing is blanked (spaces, offsets kept) when it
 * states the same number as the first, so the figure grammar reads one count next to its noun and never a bracket
 * (a bracket is otherwise another year's figure or a note). When the two disagree nothing is blanked: the bracket
 * stays a doubt. A Roman numeral with its cardinal word ("II (два) раза") is a count written twice the same way.
 */
export function blankNumberTwice(line: string): string {
  // Most lines have no bracket at all: the patterns below would try every word of them.
  if (!line.includes('(')) return line;
  const blank = (s: string) => s.replace(/\S/gu, ' ');
  // words, then the digits in brackets: up to three words before the bracket, the longest that reads as the number
  let out = line.replace(/((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*\((\d{1,4})\)/gu, (all, words: string, digits: string) => {
    const parts = words.split(/\s+/u);
    for (let k = 0; k < parts.length; k++) {
      if (parseCount(parts.slice(k).join(' ')) === Number(digits)) return all.replace(/\(\d{1,4}\)$/u, (b) => blank(b));
    }
    return all;
  });
  // digits, then the words in brackets: "14 (он төрт)", "5 (пять)"
  out = out.replace(/(?<![\d.,])(\d{1,4})\s*\(([\p{L}\s-]{2,40})\)/gu, (all, digits: string, words: string) => (parseCount(words.trim()) === Number(digits) ? all.replace(/\([^()]*\)$/u, (b) => blank(b)) : all));
  // A Roman numeral, then its cardinal word in brackets: "президиум собирался II (два) раза", "IV (төрт) отырысы өтті". Alone a
  // Roman numeral is an ordinal ("IV созыв", "VII отырыс", "III квартал") and never a count; the word beside it makes it
  // one. Written as its digits, the bracket blanked (the line's length kept); a word that names another number leaves both.
  out = out.replace(/(?<![\p{L}\d])([IVXLІӀХ]{1,6})\s*\(([\p{L}\s-]{2,40})\)/gu, (all, roman: string, words: string) => {
    const value = romanValue(roman);
    return value !== null && parseCount(words.trim()) === value ? String(value).padEnd(all.length) : all;
  });
  return out;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** A Roman numeral's value, its Cyrillic look-alikes (І, Ӏ, Х) read as Latin; null when the letters spell none in the usual form. */
export function romanValue(text: string): number | null {
  const latin = text.replace(/[ІӀ]/gu, 'I').replace(/Х/gu, 'X');
  if (!/^L?X{0,3}(?:IX|IV|V?I{0,3})$/u.test(latin) || latin === '') return null;
  let value = 0;
  for (let k = 0; k < latin.length; k++) {
    const here = ROMAN_DIGITS[latin[k]];
    const next = ROMAN_DIGITS[latin[k + 1]] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/**
 * blankNumberTwice over the lines of a document, and across a line's end: "екеуі" at the end of one line, "(2) жыл
 * соңында …" opening the next (a wrapped letter) is the same number twice too.
 */
export function blankNumberTwiceLines(lines: string[]): string[] {
  return lines.map((line, k) => {
    const own = blankNumberTwice(line);
    const m = /^(\s*)\((\d{1,4})\)/u.exec(own);
    if (!m || k === 0) return own;
    const words = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s*$/u.exec(lines[k - 1])?.[1].split(/\s+/u) ?? [];
    const same = words.some((_, j) => parseCount(words.slice(j).join(' ')) === Number(m[2]));
    return same ? m[1] + ' '.repeat(m[0].length - m[1].length) + own.slice(m[0].length) : own;
  });
}
