import { VOTE_LABELS, type VoteCategory } from './lexicon.ts';
import { re } from './re.ts';

/** Each vote label as a whole text, compiled once: a pattern built at each call was a tenth of a protocol's reading. */
const WHOLE_LABELS = VOTE_LABELS.map((l) => ({ category: l.category, whole: re(`^(?:${l.source})$`) }));

/** The vote label a text is, whole ("За", "Против", "Воздержались", "Қалыс қалғандар"), or null. */
export function wholeVoteLabel(text: string): VoteCategory | null {
  return WHOLE_LABELS.find((l) => l.whole.test(text))?.category ?? null;
}

/** Some run of the words, a space apart, is a whole vote label (a colon or stop after it aside). */
const ANY_LABEL = re(`(?<!\\S)(?:${VOTE_LABELS.map((l) => l.source).join('|')})[:.]*(?!\\S)`);

/**
 * Whether words joined by single spaces hold a vote label whole: a line that does not is no table's header, and its
 * spans of words need not be tried one by one.
 */
export function holdsVoteLabel(words: string): boolean {
  return ANY_LABEL.test(words);
}
