import { INVITED_STATUS, ONLINE, ONLINE_PHRASE } from './lexicon.ts';
import { MARKS, markOfLegend } from './guestMark.ts';
import { re } from './re.ts';

/**
 * A legend saying the mark is of those who took part online, as a footnote under the list or in its heading: "* –
 * участвовали в режиме видеоконференцсвязи", "(* – онлайн)", "* бейнебайланыс арқылы қатысқандар". A few words may stand
 * before the online words ("участвовали", "қатысқан мүшелер"), none of them the invited's.
 */
const LEGEND = re(`(?:^|[\\s(;,])(${MARKS})\\s*(?:[-–—:]\\s*)?((?:[\\p{L}-]+\\s+){0,3})${ONLINE_PHRASE}`, 'iu');

/**
 * A footnote's mark glued to the online words of the count sentence, as a long document sets it: "в том числе трое – в
 * режиме видеоконференцсвязи¹" (the footnote "¹ Гриценко П.А., Мукашев Р.А. …" names them), "оның 2-еуі онлайн*",
 * "(бейнебайланыс арқылы)²", "2-еуі бейнебайланыс арқылы*". The names in the list carrying the same mark are those the note is about: the online ones.
 * The mark must close the online word (or its bracket) — a mark glued to "членов¹" or to a law's number says nothing of
 * how anyone took part.
 */
const GLUED = re(`(?:${ONLINE})[\\p{L}-]*(?:\\s+(?:арқылы|режим[\\p{L}]*|формат[\\p{L}]*))?\\)?(${MARKS})(?![*†‡#¹²³⁴⁵⁶⁷⁸⁹])`, 'iu');

/**
 * The mark that tells those present online in a list of those present, as a legend before the agenda states it or glued to
 * the online words of the count sentence; null when none does — an unexplained asterisk says nothing of how anyone took part.
 */
export function readOnlineMark(lines: string[]): string | null {
  return markOfLegend(lines, LEGEND, (m) => !re(INVITED_STATUS, 'iu').test(m[2]))
    // (A line of the invited, "Приглашенные (онлайн)¹: …", marks guests, not members online.)
    ?? markOfLegend(lines, GLUED, (m) => !re(INVITED_STATUS, 'iu').test(m.input.slice(0, m.index)));
}
