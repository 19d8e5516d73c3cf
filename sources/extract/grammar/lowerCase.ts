/**
 * The text in lower case, one UTF-16 unit for one (a letter whose lower case
 * is longer, such as Latin "İ", stays as it is), so match offsets in the
 * result are offsets in the text. The figure lexicon's patterns run on it
 * without the `i` flag: a case-insensitive Unicode pattern with `\p{L}` took
 * irregexp a second to compile, which was most of a short document's time.
 */
export function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * A pattern source for lower-case text: its Cyrillic capitals ("НПА", "ОСА")
 * in lower case (escapes are Latin and stay), and `\p{L}` in a class as the
 * lower-case Latin and Cyrillic letters: building the whole Unicode letter
 * class cost each of the lexicon's ninety patterns tens of milliseconds.
 */
export function lowerPattern(source: string): string {
  return source.replace(/[А-ЯЁӘҒҚҢӨҰҮҺІ]/gu, (ch) => ch.toLowerCase()).replaceAll('\\p{L}', LOWER_LETTERS);
}

/** Lower-case letters of Latin, Russian and Kazakh text (and the rest of the Cyrillic block). */
export const LOWER_LETTERS = 'a-z\\u00df-\\u00ff\\u0430-\\u04ff';

/**
 * A regular expression with `\\p{L}` in its classes as the Latin and Cyrillic
 * letters of either case: with the `i` flag, irregexp builds the case closure
 * of the whole Unicode letter class for every pattern, which made the first
 * document read in a process take a second.
 */
export function withTextLetters(regex: RegExp): RegExp {
  return new RegExp(regex.source.replaceAll('\\p{L}', TEXT_LETTERS), regex.flags);
}

const TEXT_LETTERS = 'A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff';
