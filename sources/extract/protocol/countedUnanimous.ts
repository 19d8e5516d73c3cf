import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { UNANIMOUS } from './lexicon.ts';
import { re } from './re.ts';

/**
 * "он үш мүше бірауыздан қолдады", "13 мүше бірауыздан дауыс берді", "12 членов совета единогласно проголосовали «за»",
 * "все 9 членов единогласно поддержали": how many voted, before the word for all of them and the verb of their vote. The
 * verb is required — "5 мүше бірауыздан сайланған" (were elected, some other time) and "13 членов, единогласно …" of a
 * sentence about the members are no vote's count.
 */
const COUNT_BEFORE_UNANIMOUS = re(
  `(?<![\\p{L}\\d,.])(${N})\\s+(?:мүше|член|адам|человек)[\\p{L}]*(?:\\s+(?:кеңес|совет|комисси)[\\p{L}]*)?\\s+${UNANIMOUS}\\s+`
    + `(?:қолдады|жақтады|дауыс\\s+берді|проголосовал[аи]?(?:\\s+[«"“„]?\\s*за(?![\\p{L}]))?|поддержал[аи]?)(?![\\p{L}])`,
);

/** The count of a unanimous vote told before "бірауыздан" / "единогласно", or null. */
export function countedUnanimous(line: string): number | null {
  const m = COUNT_BEFORE_UNANIMOUS.exec(line);
  return m ? parseCount(m[1]) : null;
}
