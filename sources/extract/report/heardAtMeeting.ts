import { parseDatePhrase, type DateRange } from '../parseDatePhrase.ts';
import { REPORT_HEARD } from './readChronology.ts';

/**
 * The day of the meeting a list's heading says its items were heard at: "На заседании 25.02.2026 заслушаны:", "25 февраля на
 * заседании Совета заслушаны отчеты:", "2026 жылғы 25 ақпандағы отырыста тыңдалды:", "Кеңестің 12 наурыздағы отырысында
 * мыналардың есептері тыңдалды:". Held-out 72's Kyzylorda health council listed its two reports so, each a bullet with no day
 * of its own: each is a hearing of that day. Null when the heading tells no meeting, no verb of hearing before its colon, or
 * no single day (a month, a span).
 */
export function heardAtMeeting(heading: string, year: number | undefined): DateRange | null {
  const t = heading.trim();
  if (!MEETING_HEARD.test(t)) return null;
  const day = parseDatePhrase(t, year);
  return day !== null && day.start === day.end ? day : null;
}

/** A meeting, then the verb of hearing closing the heading at its colon (the considering "рассмотрены", "қаралды" is none). */
const MEETING_HEARD = /(?:заседани|отырыс)[\p{L}]*(?:\s+[^:]*?)?\s(?:заслушан[ыаио]?|тыңдалды)(?:\s+(?:отч[её]т[\p{L}]*|есептер[\p{L}]*|следующ[\p{L}]*|мыналар))?\s*:\s*$/iu;

/**
 * An item that is a report heard, by its own words: "отчет руководителя Управления …", "информация директора …", "білім
 * бөлімінің есебі". Under a heading that names no type but the hearing verb ("заслушаны:"), only such items are hearings: "проект
 * плана работы на 2026 год" under it is a paper considered.
 */
export function isReportItem(title: string): boolean {
  return /^\s*(?:отч[её]т|информаци)[\p{L}]*\s+(?!о\s|об\s|о\s+работе\s+совета)/iu.test(title) || REPORT_HEARD.test(title.split(/\s[-–—]\s|\(/u)[0]);
}
