import { typedOnRussianKeyboard } from '../typedOnRussianKeyboard.ts';

/**
 * The text in lower case, "ё" as "е", one UTF-16 unit for one (a letter whose lower case
 * is longer, such as Latin "İ", stays as it is), so match offsets in the
 * result are offsets in the text. The figure lexicon's patterns run on it
 * without the `i` flag: a case-insensitive Unicode pattern with `\p{L}` took
 * irregexp a second to compile, which was most of a short document's time.
 */
export function lowerCase(text: string): string {
  // "ё" read as "е" (one unit for one): "введён 1 член", "провёл 18 заслушиваний" are the lexicon's "введен", "провел".
  const lower = text.toLowerCase().replaceAll('ё', 'е');
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out.replaceAll('ё', 'е');
}

/**
 * A pattern source for lower-case text: its Cyrillic capitals ("НПА", "ОСА")
 * in lower case (escapes are Latin and stay), and `\p{L}` in a class as the
 * lower-case Latin and Cyrillic letters: building the whole Unicode letter
 * class cost each of the lexicon's ninety patterns tens of milliseconds.
 */
export function lowerPattern(source: string): string {
  // A Kazakh word is matched as typed on a Russian keyboard too ("кенес курамында" for "кеңес құрамында"), as in protocols.
  return typedOnRussianKeyboard(source.replace(/[А-ЯЁӘҒҚҢӨҰҮҺІ]/gu, (ch) => ch.toLowerCase())).replaceAll('\\p{L}', LOWER_LETTERS);
}

/** Lower-case letters of Latin, Russian and Kazakh text (and the rest of the Cyrillic block). */
export const LOWER_LETTERS = 'a-z\\u00df-\\u00ff\\u0430-\\u04ff';

/**
 * A regular expression with `\\p{L}` as the Latin and Cyrillic letters of either case: with the `i` flag,
 * irregexp builds the case closure of the whole Unicode letter class for every pattern, which made the first
 * document read in a process take a second.
 */
export function withTextLetters(regex: RegExp): RegExp {
  return new RegExp(textLettersIn(regex.source), regex.flags);
}

/**
 * A pattern source with `\\p{L}` as the letters of Latin, Russian and Kazakh text (Cyrillic, Greek and the Latin
 * supplements) — in a class or on its own. The Unicode letter class costs irregexp 1.5–3 ms a use to compile; a
 * protocol's patterns use it thousands of times and the first protocol of a process read in 3 s.
 */
export function textLettersIn(source: string): string {
  if (!source.includes('\\p{L}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? TEXT_LETTERS : `[${TEXT_LETTERS}]`;
        i += 4;
      } else {
        out += ch + (source[i + 1] ?? '');
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

const TEXT_LETTERS = 'A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';
