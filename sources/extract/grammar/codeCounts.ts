import { findCounts } from './findCounts.ts';

/**
 * A sentence with every count (findCounts) written as one code: its first
 * character COUNT_OPEN (WORD_COUNT_OPEN for words), the rest COUNT_MORE, so offsets stay those of the
 * text. The phrase grammar then matches `CODED_COUNT` — one character class —
 * where it would otherwise try a number's hundreds of written forms at every
 * position of every sentence (what made a 13 000-character resolution take
 * ten seconds). `counts` maps a code's start to the number it stands for.
 */
export const COUNT_OPEN = '\uE001';
/** A count written in words ("(три)" after "3") opens with its own character, so a bracket may hold it but not digits. */
export const WORD_COUNT_OPEN = '\uE003';
export const COUNT_MORE = '\uE002';
export const CODED_COUNT = '[\\uE001\\uE003]\\uE002*';

export function codeCounts(text: string, opts: { kazakh?: boolean } = {}): { coded: string; counts: Map<number, number> } {
  const counts = new Map<number, number>();
  let coded = '';
  let at = 0;
  for (const c of findCounts(text, opts)) {
    coded += text.slice(at, c.start) + (/\d/.test(text[c.start]) ? COUNT_OPEN : WORD_COUNT_OPEN) + COUNT_MORE.repeat(c.end - c.start - 1);
    counts.set(c.start, c.value);
    at = c.end;
  }
  return { coded: coded + text.slice(at), counts };
}
