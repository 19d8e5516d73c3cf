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

/**
 * "Шешім 14 дауыспен бірауыздан қабылданды", "принято единогласно 12 голосами": the votes counted in the instrumental beside
 * the word for all of them — as many votes, all for.
 */
const VOTES_UNANIMOUS = re(
  `(?<![\\p{L}\\d,.])(${N})\\s+(?:дауыспен|голосами)\\s+${UNANIMOUS}(?![\\p{L}])|(?<![\\p{L}])${UNANIMOUS}\\s+(${N})\\s+(?:дауыспен|голосами)(?![\\p{L}])`,
);

/** The count of a unanimous vote told before "бірауыздан" / "единогласно" (or its votes beside it), or null. */
export function countedUnanimous(line: string): number | null {
  const m = COUNT_BEFORE_UNANIMOUS.exec(line);
  if (m) return parseCount(m[1]);
  const v = VOTES_UNANIMOUS.exec(line);
  return v ? parseCount(v[1] ?? v[2]) : null;
}
