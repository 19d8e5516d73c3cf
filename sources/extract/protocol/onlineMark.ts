import { AGENDA_HEADING, INVITED_STATUS, ONLINE, ONLINE_PHRASE, PRESENT_HEADING, SECTION_NEW } from './lexicon.ts';
import { MARKS, escapeMark, markOfLegend } from './guestMark.ts';
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
    // (A line of the invited, "Приглашенные (онлайн)¹: …", marks guests, not members online; "Присутствовали: 7 (без учёта
    // приглашённых), в том числе 1 – онлайн**" counts members, the invited only left out of it.)
    ?? markOfLegend(lines, GLUED, (m) => !re(INVITED_STATUS, 'iu').test(withoutExclusions(m.input.slice(0, m.index))) && !noteSaysOther(lines, m[1]))
    ?? markOfCountNote(lines);
}

/**
 * A part of a count told in its footnote: "* оның ішінде 2 мүше (Жақсылықов Р.Н., Рахметов С.Е.) бейнебайланыс арқылы
 * қатысты", "¹ в т.ч. 2 – в режиме видеоконференцсвязи", "** из них один – по видеосвязи". The note may name those it is
 * about, initials and all, before the online words.
 */
const COUNT_NOTE = re(`^\\s*(${MARKS})\\s*(?:[-–—:]\\s*)?(?:в\\s+т\\.?\\s*ч\\.?|в\\s+том\\s+числе|из\\s+них|оның\\s+ішінде|олардың\\s+ішінде|оның)(?![\\p{L}]).{0,100}?${ONLINE_PHRASE}`, 'iu');

/**
 * The mark of a footnote at the foot that tells how many of those present took part online, when the same mark is glued
 * to the count of those present ("Отырысқа Кеңестің 15 мүшесінің 12-сі қатысты*.", "Присутствовали – 9 членов Совета¹."):
 * the names in the list carrying it are those the note is about. A footnote set after the agenda is read only so — tied
 * to the count it explains; a mark glued elsewhere (a vote's "за – 7*", a figure of the agenda) says nothing of the list.
 */
function markOfCountNote(lines: string[]): string | null {
  for (const line of lines) {
    const m = COUNT_NOTE.exec(line);
    if (m && presentCountCarries(lines, m[1])) return m[1];
  }
  return null;
}

/**
 * The lines of the footnotes that tell how many of those present took part online, their mark glued to the count of those
 * present: "Қатысқаны / Присутствуют: 7¹" over "¹ Оның ішінде 1 мүше онлайн форматта / в том числе 1 – онлайн (Сабитова
 * Р.Е.)." at the page's foot (set 197). Such a note may name those it counts, as a sentence of the attendance would.
 */
export function countNoteLines(lines: string[]): number[] {
  return lines.flatMap((line, k) => {
    const m = COUNT_NOTE.exec(line);
    return m && presentCountCarries(lines, m[1]) ? [k] : [];
  });
}

/** A line of the count of those present, before the agenda, with the mark glued to a word, a number or a bracket of it. */
function presentCountCarries(lines: string[], mark: string): boolean {
  const glued = new RegExp(`[\\p{L}\\d)]${mark.startsWith('[') ? '\\s?' : ''}(?:${escapeMark(mark)})(?![*†‡#¹²³⁴⁵⁶⁷⁸⁹])`, 'u');
  for (const line of lines) {
    if (re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line)) break;
    if (/\d/u.test(line) && re(PRESENT_HEADING, 'iu').test(line) && glued.test(line)) return true;
  }
  return false;
}

/**
 * The footnote of a mark glued to the online words says something else of it: "11 (оның ішінде 3 мүше онлайн)*" under
 * "* Кеңестің төрағасы мен хатшысын қоса алғанда" — the mark qualifies the count (chair and secretary included), it marks
 * no one online.
 */
function noteSaysOther(lines: string[], mark: string): boolean {
  const head = new RegExp(`^\\s*(?:${escapeMark(mark)})(?![*†‡#¹²³⁴⁵⁶⁷⁸⁹])\\s*(?:[-–—:]\\s*)?(?=\\p{L})`, 'u');
  const notes = lines.filter((l) => head.test(l));
  // (A note that names those it marks, "¹ Гриценко П.А., Мукашев Р.А. (подключение по ссылке …)", says whom, not something else.)
  return notes.length > 0 && !notes.some((l) => re(ONLINE, 'iu').test(l)) && notes.some((l) => QUALIFIES.test(l));
}

/** A note's words that qualify the count it marks: what it includes or leaves out. */
const QUALIFIES = /(?<![\p{L}])(?:қоса\s+алғанда|қосқанда|есепке\s+алмағанда|қоспағанда|включая|с\s+уч[её]том|без\s+уч[её]та|не\s+считая|кроме|за\s+исключением)(?![\p{L}])/iu;

/** The invited left out of a count ("без учёта приглашённых", "шақырылғандарды қоспағанда") are not a line of the invited. */
function withoutExclusions(text: string): string {
  return text.replace(re(`(?:без\\s+учёта|без\\s+учета|не\\s+считая|кроме|за\\s+исключением)\\s+(?:${INVITED_STATUS})|(?:${INVITED_STATUS})\\s+(?:қоспағанда|есепке\\s+алмағанда|есептемегенде|кірмейді)`, 'giu'), ' ');
}

