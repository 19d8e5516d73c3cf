import { INVITED_STATUS, ONLINE_PHRASE } from './lexicon.ts';
import { MARKS, markOfLegend } from './guestMark.ts';
import { re } from './re.ts';

/**
 * A legend saying the mark is of those who took part online, as a footnote under the list or in its heading: "* –
 * участвовали в режиме видеоконференцсвязи", "(* – онлайн)", "* бейнебайланыс арқылы қатысқандар". A few words may stand
 * before the online words ("участвовали", "қатысқан мүшелер"), none of them the invited's.
 */
const LEGEND = re(`(?:^|[\\s(;,])(${MARKS})\\s*(?:[-–—:]\\s*)?((?:[\\p{L}-]+\\s+){0,3})${ONLINE_PHRASE}`, 'iu');

/**
 * The mark that tells those present online in a list of those present, as a legend before the agenda states it; null
 * when none does — an unexplained asterisk says nothing of how anyone took part.
 */
export function readOnlineMark(lines: string[]): string | null {
  return markOfLegend(lines, LEGEND, (m) => !re(INVITED_STATUS, 'iu').test(m[2]));
}
