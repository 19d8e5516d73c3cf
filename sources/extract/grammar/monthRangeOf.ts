import { MONTH_WORD, monthOfWord } from '../monthNames.ts';
import { withTextLetters } from './lowerCase.ts';

/**
 * The months a clause names as a range of whole months — "в июле – сентябре",
 * "с июля по сентябрь", "за январь–июнь", "шілде – қыркүйек айларында",
 * "қаңтар-маусымда" — as [first, last] (1–12), the last one in the text; null
 * when it names none. A range with days ("с 15 июля по 30 сентября") is a
 * span of dates, not of months, and is not read here.
 */
export function monthRangeOf(text: string): [number, number] | null {
  let found: [number, number] | null = null;
  for (const m of text.matchAll(RANGE)) {
    const from = monthOfWord(m[1]);
    const to = monthOfWord(m[2]);
    if (from !== null && to !== null && from <= to) found = [from, to];
  }
  return found;
}

const RANGE = withTextLetters(new RegExp(`(?<!\\d\\s*)(${MONTH_WORD})\\s*(?:[-–—]|по|до)\\s*(${MONTH_WORD})`, 'giu'));
