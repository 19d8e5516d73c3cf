import { MONTH_WORD } from '../monthNames.ts';
import { type ActivityWord, MEETING_WORD, activityTypeOf, activityTypesIn } from './activityLexicon.ts';

/**
 * A chronicle's entry opens with its day, then names its kind: "9 17.09.2025 Отчётное слушание АО «…»", "12.03.2025 –
 * круглый стол «…»", "2025 жылғы 14 мамыр – мониторинг …". When the sentence read with it names other kinds too (the rows
 * after it, wrapped into one sentence with the table's "Итого: отчётных слушаний – 3, …, публичных слушаний – 1"), the
 * entry's kind is the one right after its day — not the first kind of the lexicon the whole sentence names. Null when the
 * sentence names one kind (nothing to choose) or its opening names none — or opens with a meeting ("24.04.2025 – выездное
 * заседание Совета …, заслушан отчет …"): an away or extended meeting is the council's own, its kind what it did.
 */
export function entryOpeningType(sentence: string, outsideQuotes: string): ActivityWord | null {
  if (activityTypesIn(outsideQuotes).length < 2) return null;
  const opening = ENTRY_OPENING.exec(sentence);
  if (!opening || MEETING_WORD.test(opening[1])) return null;
  return activityTypeOf(opening[1]);
}

const DAY = `(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})(?:\\s*ж?г?\\.)?|\\d{1,2}\\s+${MONTH_WORD}(?:\\s+(?:19|20)\\d{2}\\s*(?:г\\.|года)?)?|(?:19|20)\\d{2}\\s*(?:жылғы|ж\\.)\\s+\\d{1,2}\\s+${MONTH_WORD})`;
/**
 * The day at the sentence's start, then its first words up to a tab or a mark: after a row's number ("9 17.09.2025
 * Отчётное слушание"), or set apart by a dash, a colon or a tab ("14 мая – мониторинг") — not a sentence that goes on
 * from its day ("18 июня на выездном заседании … заслушана информация": its kinds are the sentence's to weigh).
 */
const ENTRY_OPENING = new RegExp(`^\\s*(?:\\d{1,3}[.)]?\\s+${DAY}\\s*[-–—:\\t]?|${DAY}[ \\t]*(?:[-–—:]|\\t))\\s*([^\\t,;.«"]{3,50})`, 'iu');
