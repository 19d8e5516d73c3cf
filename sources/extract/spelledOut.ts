import { readFileSync } from 'node:fs';

type When = 'count' | 'closing' | 'inside' | 'day' | 'quarter';
interface Shorthand { written: string; meant: string; when?: When; acronym?: boolean }
const file = JSON.parse(readFileSync(new URL('./shorthand.json', import.meta.url), 'utf8')) as { words: Shorthand[] };

/** What must stand before: a month's abbreviation right after a day's number ("12 мар."; "мар." alone is no date), a quarter's after its number ("1 кв.", "II кв."). */
const BEFORE: Partial<Record<When, string>> = {
  day: '(?<=(?<![\\d.])\\d{1,2}\\s*)',
  quarter: '(?<=(?<![\\p{L}\\d.])(?:[1-4]|I{1,3}|IV|І{1,3}|ІV)(?:\\s*-\\s*(?:й|го|м|ом))?\\s*)',
};
/**
 * What must follow its stop. A count: a dash or colon and a number or "нет"/"жоқ" ("пр. – 0"; "пр. Абая", "прот. № 3" are no
 * vote's label). Closing: the end of the line, a mark, a slash, a capital ("Шешім қабылд.", "қабылд. / принято"). Inside: its
 * sentence goes on — a dash, a mark, a lower-case word, a number, a table's dot leader or bar ("Келесі отыр. – мамырда",
 * "ҚК отыр. ....... 3"); the verb closing a Kazakh sentence ("… жүргізіліп отыр.") is no sitting.
 */
// (Tested on the text after the stop, case-sensitively: a capital after it is what closes a sentence.)
const AFTER: Record<When, RegExp> = {
  count: /^\s*[-–—:]\s*(?:\d|(?:нет|жоқ|ноль)(?!\p{L}))/u,
  closing: /^\s*(?:$|[;,/)|]|\p{Lu})/u,
  inside: /^(?:\s*(?:[-–—:,;(|]|\.{2,})|\s+(?:\p{Ll}|\d))/u,
  day: /^/u,
  // "2 кв. м", "1 кв. км" are an area.
  quarter: /^(?!\s*к?м(?!\p{L}))/u,
};

const WORDS = file.words.map((w) => ({
  at: w.acronym
    ? new RegExp(`(?<![\\p{L}])(${w.written})(?![\\p{L}])()( *)`, 'gu')
    : new RegExp(`${w.when ? (BEFORE[w.when] ?? '') : ''}(?<![\\p{L}])(${w.written})(\\.)( *)`, 'giu'),
  after: w.when ? AFTER[w.when] : /^/u,
  meant: w.meant,
  acronym: w.acronym === true,
}));

/**
 * The abbreviations of shorthand.json written out as their words ("ВОЗД. – 1" → "ВОЗДЕРЖАЛИСЬ – 1", "Отыр. қатыс." →
 * "Отырыс қатысты", "12 мар. 2026г." → "12 марта 2026г."), in the case they were typed in, so every reader meets the word
 * its lexicon knows. The stop goes with the abbreviation unless it also ended a sentence (the line's end, a capital after
 * it, a word opened by a capital): "Голосовали: единогл." reads "единогласно.". A word that grows takes its growth from a table's gap after it (two
 * spaces or more), so the columns of a table typed with spaces stay where they were.
 */
export function spelledOut(line: string): string {
  if (!line.includes('.') && !/[ЗҚ]РЗ?/u.test(line)) return line;
  let out = line;
  for (const { at, meant, acronym, after } of WORDS) {
    at.lastIndex = 0;
    out = out.replace(at, (m: string, written: string, stop: string, gap: string, offset: number, whole: string) => {
      const rest = whole.slice(offset + m.length);
      if (!after.test(`${gap}${rest}`)) return m;
      // (A capital opening a word, not an acronym: "засед. ОС – 3" goes on.)
      const ends = stop !== '' && (rest === '' || /^\p{Lu}\p{Ll}/u.test(rest)) && gap.length <= 1;
      // An acronym ("ЗРК") is written out as the lexicon spells it ("Закона РК").
      const word = `${acronym ? meant : inCaseOf(written, meant)}${ends ? '.' : ''}`;
      const grown = word.length - written.length - stop.length;
      const columns = gap.length >= 2 && gap.length - grown >= 2;
      return `${word}${columns ? ' '.repeat(gap.length - grown) : gap}`;
    });
  }
  return out;
}

function inCaseOf(found: string, meant: string): string {
  if (found.length > 1 && found === found.toUpperCase() && found !== found.toLowerCase()) return meant.toUpperCase();
  return found[0] === found[0].toUpperCase() ? meant[0].toUpperCase() + meant.slice(1) : meant;
}
