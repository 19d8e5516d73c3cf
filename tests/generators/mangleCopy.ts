/**
 * A rendered document as a bad copy leaves it (issue 12, held-out set 36): Latin letters that look Cyrillic inside
 * Cyrillic words, letters drawn as digits inside numbers ("1O", "l5", "З8"), and Kazakh typed on a Russian keyboard
 * ("катысты" for "қатысты", a Latin i for і). Each mangling keeps what a reader can still tell: a word keeps a Cyrillic
 * letter, a number keeps a digit and never two letters in a row — past that, no reader could know the copy from a word.
 */
import { chooser } from './renderReport.ts';

export type Mangling = 'lookalikes' | 'digits' | 'keyboard';
export const MANGLINGS: readonly Mangling[] = ['lookalikes', 'digits', 'keyboard'];

/** The Latin letter drawn like each Cyrillic one. */
const LATIN_OF: Record<string, string> = {
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', к: 'k', м: 'm',
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', О: 'O', Р: 'P', Т: 'T', Х: 'X',
};
/** The letter drawn like each digit. */
const LETTER_OF: Record<string, string[]> = { '0': ['O', 'О'], '1': ['l', 'I'], '3': ['З'] };
/** The key a Russian keyboard gives for each Kazakh letter it lacks; і is typed as the Latin i. */
const KEYBOARD_OF: Record<string, string> = {
  ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', і: 'i',
  Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', Һ: 'Х', І: 'I',
};

/** Kazakh as a Russian keyboard types it: every Kazakh-only letter. Deterministic, so expected names map the same way. */
export const typedOnKeyboard = (text: string): string => text.replace(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/gu, (c) => KEYBOARD_OF[c]);

/** Some Cyrillic words with some of their letters in Latin; each word keeps a Cyrillic letter. */
function withLookalikes(text: string, pick: ReturnType<typeof chooser>): string {
  return text.replace(/\p{Script=Cyrillic}{2,}/gu, (word) => {
    if (pick([true, false, false, false])) return word;
    const letters = [...word].map((c) => (c in LATIN_OF && pick([true, false]) ? LATIN_OF[c] : c));
    return letters.some((c) => /\p{Script=Cyrillic}/u.test(c)) ? letters.join('') : word;
  });
}

/** Some numbers of two digits or more with one digit drawn as a letter; never two letters in a row. */
function withDigitLetters(text: string, pick: ReturnType<typeof chooser>): string {
  return text.replace(/(?<![\p{L}\d])\d{2,}(?![\p{L}\d])/gu, (number) => {
    const places = [...number].flatMap((c, k) => (c in LETTER_OF ? [k] : []));
    if (places.length === 0 || pick([true, false, false])) return number;
    const at = pick(places);
    return number.slice(0, at) + pick(LETTER_OF[number[at]]) + number.slice(at + 1);
  });
}

/** `text` through the given manglings, drawn from `seed`. */
export function mangleCopy(text: string, seed: number, manglings: readonly Mangling[]): string {
  const pick = chooser(seed);
  let out = text;
  if (manglings.includes('keyboard')) out = typedOnKeyboard(out);
  if (manglings.includes('lookalikes')) out = withLookalikes(out, pick);
  if (manglings.includes('digits')) out = withDigitLetters(out, pick);
  return out;
}
