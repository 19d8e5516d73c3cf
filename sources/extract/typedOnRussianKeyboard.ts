/**
 * The Kazakh letters a Russian keyboard has not, and what is typed for each ("катысты" for "қатысты", "кенестин" or
 * "кенестiн" for "кеңестің"): і is typed as the Russian и or as a Latin i (repairCopy reads a Latin i inside a Cyrillic
 * word as і already; the class keeps a pattern right on text that was not repaired).
 */
const STAND_INS: Record<string, string> = { ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'иi' };
const KEYBOARD_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const standIns = (c: string) => (c === c.toLowerCase() ? STAND_INS[c] : STAND_INS[c.toLowerCase()].toUpperCase());

/**
 * A pattern's Kazakh words matched as typed on a Russian keyboard too ("қатысты" matches "катысты", "шешім
 * қабылданбады" matches "шешим кабылданбады"): each Kazakh-only letter outside a character class becomes a class of it
 * and its keyboard letters. Only a letter Russian has not is widened, so a Russian word of a pattern stays as it is; a
 * Kazakh word may now match a Russian word of the same letters less its own ("іс" / "ис"), which the patterns' words
 * are too long to meet (tests/unit/extract/keyboard31.test.ts). The text keeps its spelling (a name, a quote is as
 * written); only the matching is lenient. A class ("[әғқ]", what tells Kazakh from Russian) is left as it is.
 */
export function typedOnRussianKeyboard(source: string): string {
  if (!KEYBOARD_LETTERS.test(source)) return source;
  let out = '';
  let inClass = false;
  for (let k = 0; k < source.length; k++) {
    const c = source[k];
    if (c === '\\') {
      out += c + (source[k + 1] ?? '');
      k++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    out += !inClass && KEYBOARD_LETTERS.test(c) ? `[${c}${standIns(c)}]` : c;
  }
  return out;
}
