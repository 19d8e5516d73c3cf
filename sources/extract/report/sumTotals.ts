import { parseCount } from '../parseCount.ts';

/**
 * A figure written as the sum of its parts: "• Кеңес отырыстары: 3 + 3 = 6" (I тоқсан + II тоқсан = жартыжылдық),
 * "Заседания Совета: 2 + 4 = 6". The number after "=" is the period's; the addends are its parts (quarters, months)
 * and never a figure. The addends and "=" are blanked (offsets kept), so the line reads "Кеңес отырыстары:         6".
 * A sum that does not add up ("3 + 3 = 7") is a layout not understood: all its numbers are blanked, none is read.
 * A legend of the same form in words ("(I тоқсан + II тоқсан = жартыжылдық)") keeps the whole it names: the section
 * under it tells the whole, not a quarter.
 */
export function keepSumTotal(line: string): string {
  if (!line.includes('+') || !line.includes('=')) return line;
  const blank = (s: string) => s.replace(/\S/gu, ' ');
  const out = line.replace(SUM, (all: string, total: string) => {
    const addends = all.slice(0, all.lastIndexOf('=')).split('+').map((a) => parseCount(a.trim()));
    const sum = addends.reduce<number | null>((s, a) => (s === null || a === null ? null : s + a), 0);
    return sum !== null && sum === parseCount(total) ? `${blank(all.slice(0, all.length - total.length))}${total}` : blank(all);
  });
  return out.replace(LEGEND, (all: string, whole: string) => `${blank(all.slice(0, all.length - whole.length))}${whole}`);
}

const N = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,4}`;
/** "3 + 3 = 6", "61 + 78 = 139", "1 200 + 300 = 1 500": two addends or more, then the total. */
const SUM = new RegExp(String.raw`(?<![\d.,])(?:${N})(?:[ \t]*\+[ \t]*(?:${N}))+[ \t]*=[ \t]*(${N})(?![\d.,]\d|\d)`, 'gu');
/** A legend in words: "I тоқсан + II тоқсан = жартыжылдық", "1 кв. + 2 кв. = полугодие" (each term three words at most). */
const TERM = String.raw`[\p{L}\d.-]+(?:[ \t]+[\p{L}\d.-]+){0,2}`;
const LEGEND = new RegExp(String.raw`(?<=\()[ \t]*${TERM}(?:[ \t]*\+[ \t]*${TERM})+[ \t]*=[ \t]*(${TERM})(?=[ \t]*\))`, 'gu');
