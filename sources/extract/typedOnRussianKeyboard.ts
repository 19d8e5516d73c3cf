import { foldKazakh } from './monthNames.ts';

/**
 * The Kazakh letters a Russian keyboard has not, and the Russian letter typed for each ("катысты" for "қатысты"). Not і:
 * typed as a Latin i it is read as і by repairCopy, and "и" for it would let Kazakh endings match Russian words.
 */
const KEYBOARD_LETTERS = /[әғқңөұүһӘҒҚҢӨҰҮҺ]/u;
const keyboardLetter = (c: string) => (c === c.toLowerCase() ? foldKazakh(c) : foldKazakh(c.toLowerCase()).toUpperCase());

/**
 * A pattern's Kazakh words matched as typed on a Russian keyboard too ("қатысты" matches "катысты", "шешім
 * қабылданбады" matches "шешiм кабылданбады" once its Latin i is read as і): each Kazakh-only letter outside a character
 * class becomes a class of it and its keyboard letter. The text keeps its spelling (a name, a quote is as written);
 * only the matching is lenient. A class ("[әғқ]", what tells Kazakh from Russian) is left as it is.
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
    out += !inClass && KEYBOARD_LETTERS.test(c) ? `[${c}${keyboardLetter(c)}]` : c;
  }
  return out;
}
