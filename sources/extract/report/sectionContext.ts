import { lowerCase } from '../grammar/lowerCase.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { ITEM } from './readLists.ts';
import { isRunInTitle } from './isHeading.ts';

/**
 * The words a list item stands under, as a slide or a bulleted section gives
 * them: the items above it in the same list and the short heading over the
 * list ("СОСТАВ СОВЕТА (на 30.06.2025)" over "• 27 членов ОС", "• 4
 * постоянные комиссии"; "• Направлено писем в госорганы – 34" over "•
 * Получено ответов – 29"). A figure entry marked `contextInSection` may find
 * its context there: a bullet names its subject once, in the heading. Only for
 * an item or a short line of its own (a label and its count); a paragraph
 * line has its own sentence and gets none. Empty when there is none.
 */
export function sectionContext(lines: string[], at: number): string {
  if (!isShortEntry(lines[at])) return '';
  const parts: string[] = [];
  for (let k = at - 1, seen = 0; k >= 0 && seen < 12; k--) {
    const text = lines[k].trim();
    if (text === '') continue;
    seen++;
    // An item's words wrapped under it in brackets ("   (ЖКХ; строительства; образования)") belong to the item.
    if (/^\(.*\)$/u.test(text)) continue;
    // So are the item's words wrapped onto an indented line of their own ("   сельского хозяйства; строительства);").
    if (!ITEM.test(lines[k]) && /^\s{2,}[\p{Ll}"«]/u.test(lines[k]) && k > 0 && /\S/u.test(lines[k - 1]) && !/[.!?:]\s*$/u.test(lines[k - 1])) continue;
    // A slide's key figures, the count before its words ("19        членов Совета" over "3        постоянные комиссии"), are
    // items of the same list.
    // So are an infographic's cards, the count and a dash before its words, a day of the state after them ("23 — члена Совета
    // на 31 декабря 2025 года" over "5 — постоянных комиссий").
    if (ITEM.test(lines[k]) || (isShortEntry(lines[k]) && (/[-–—:]\s*\d{1,3}\s*(?:\([^()]*\))?$/u.test(text) || /^\d{1,4}\s*(?:[-–—]\s*)?\p{L}[^\d.;:!?]*$/u.test(maskNeverCounts(text))))) {
      parts.unshift(text);
      continue;
    }
    // The heading: a short line that ends no sentence, or the sentence that leads into the list ("… заслушано 22
    // отчета, в том числе:", "… тыңдалды, оның ішінде:"); a paragraph above ends the section without one.
    if ((text.split(/\s+/).length <= 10 && !/[.;,!?]$/u.test(text)) || (text.split(/\s+/).length <= 30 && /:$/u.test(text)) || isRunInTitle(text)) parts.unshift(text);
    break;
  }
  return lowerCase(parts.join(' \n '));
}

/** A list item, or a short line of a label and its count ("Круглые столы – 2"); never a paragraph's line. */
function isShortEntry(line: string | undefined): boolean {
  if (line === undefined) return false;
  const text = line.trim();
  // An item's words in brackets ("– 5 акиматов районов (Алатауского, Ауэзовского, …);") name, they say nothing more.
  // "• аудандық бөлімдер – 3: білім бөлімі; жұмыспен қамту …; құрылыс …": what the count's colon opens names them, too.
  if (ITEM.test(line)) return text.replace(/\([^()]*\)?/gu, ' ').replace(/([-–—]\s*\d{1,4}\s*:).*$/u, '$1').trim().split(/\s+/).length <= 16;
  // A telegraphic line of labels and counts closed by a stop, "ОС - 3 (30.01; 24.04; 26.06), комиссии - 5 (соц. - 3, экон. - 2).":
  // its brackets name, its words are few.
  if (/[-–—]\s*\d{1,4}\s*(?:\([^()]*\))?\.$/u.test(text)) return text.replace(/\([^()]*\)/gu, ' ').trim().split(/\s+/).length <= 8;
  // A label's row with last year's count in a bracket after its own ("Кеңеске түскен өтініштер – 42  (2024 ж. 9 айы – 35)"):
  // the bracket compares, its words are no more of the label's.
  const label = /[-–—:]\s*\d{1,4}\s*\([^()]*\)$/u.test(text) ? text.replace(/\([^()]*\)$/u, ' ').trim() : text;
  // A date is one word: an infographic's card "23 — члена Совета на 31 декабря 2025 года" is a label of the state's day.
  const words = maskNeverCounts(label).replace(/\uE000[\uE000\s]*/gu, '# ').trim();
  return label !== '' && words.split(/\s+/).length <= 8 && !/[.;,!?]$/u.test(label);
}
