import { WRITTEN_SUM, addsUp } from '../grammar/writtenSum.ts';

/**
 * A figure written as the sum of its parts: "• Кеңес отырыстары: 3 + 3 = 6" (I тоқсан + II тоқсан = жартыжылдық),
 * "Заседания Совета: 2 + 4 = 6", each part perhaps named ("Дөңгелек үстелдер: 2 (наурыз) + 1 (тамыз) = 3", "Заседания
 * Совета: 2 очных + 1 выездное (г. Жанаозен) = 3"; grammar/writtenSum). The number after "=" is the period's; the addends
 * are its parts (quarters, months) and never a figure. The addends and "=" are blanked (offsets kept), so the line reads "Кеңес отырыстары:         6".
 * A sum that does not add up ("3 + 3 = 7") is a layout not understood: all its numbers are blanked, none is read.
 * A legend of the same form in words ("(I тоқсан + II тоқсан = жартыжылдық)") keeps the whole it names: the section
 * under it tells the whole, not a quarter.
 */
export function keepSumTotal(line: string): string {
  if (!line.includes('+') || !line.includes('=')) return line;
  const blank = (s: string) => s.replace(/\S/gu, ' ');
  // (Named parts that do not add up are not known to be parts at all — "1 кв. + 2 кв. = 6" numbers quarters: left as written.)
  const out = line.replace(WRITTEN_SUM, (all: string, total: string) => (addsUp(all, total) ? `${blank(all.slice(0, all.length - total.length))}${total}` : /\p{L}/u.test(all) ? all : blank(all)));
  return out.replace(LEGEND, (all: string, whole: string) => `${blank(all.slice(0, all.length - whole.length))}${whole}`);
}

/** A legend in words: "I тоқсан + II тоқсан = жартыжылдық", "1 кв. + 2 кв. = полугодие" (each term three words at most). */
const TERM = String.raw`[\p{L}\d.-]+(?:[ \t]+[\p{L}\d.-]+){0,2}`;
const LEGEND = new RegExp(String.raw`(?<=\()[ \t]*${TERM}(?:[ \t]*\+[ \t]*${TERM})+[ \t]*=[ \t]*(${TERM})(?=[ \t]*\))`, 'gu');
