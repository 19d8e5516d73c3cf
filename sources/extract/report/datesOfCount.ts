import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A day's date where a clause begins: at the sentence's start, after a colon, a comma, a semicolon, a dash, or "и", "а",
 * "және", "мен" ("… мониторинга - 20 февраля по …, 16 апреля по … и 11 июня по …"; "…: 12 февраля - на предмет …, а
 * 21-22 мая, уже после …"). A day range within a month ("21-22 мая") is one date. The masked date is a run of \uE000.
 */
const DATE_AT_CLAUSE = /(^|[:,;–—-]\s*|\s(?:и|а|және|мен)\s+)(\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.?)?)(?![\p{L}\d])/gu;

/**
 * The events of one kind a sentence counts and then dates one by one, each date opening the clause that tells that
 * event, not in a list of dates alone (countedDates) nor with a dash before each title (datedItems): "Проведя три
 * общественных мониторинга - 20 февраля по очистке дорог …, 16 апреля по паводковой ситуации … и 11 июня по летнему
 * отдыху детей …, - Совет направил …", "Общественный мониторинг проводился трижды …: 12 февраля - на предмет …, 19 марта
 * - на предмет …, а 21-22 мая, … - на предмет …", "Үш мониторинг жүргізілді: 12 ақпанда – …, 19 наурызда – …, 21 мамырда
 * – …". One event per date, titled by its clause, only when the dates are exactly `count` (the count the sentence states
 * for the kind) and each is a day of a month; else nothing (the dates are not understood to be the events).
 */
export function datesOfCount(text: string, year: number | undefined, count: number): { title: string; start: string; end: string }[] {
  if (count < 2) return [];
  const masked = maskNeverCounts(text);
  const found = matchesOf(masked, DATE_AT_CLAUSE);
  if (found.length !== count) return [];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, m] of found.entries()) {
    const at = (m.index ?? 0) + m[1].length;
    const date = text.slice(at, at + m[2].length);
    const d = parseDatePhrase(date, year);
    // A day of a month, or a few days of one ("21-22 мая"): never a month alone nor a span of months.
    if (d === null || !/\d/u.test(date) || d.start.slice(0, 7) !== d.end.slice(0, 7)) return [];
    const end = k + 1 < found.length ? (found[k + 1].index ?? 0) : text.length;
    const title = tidy(text.slice(at + m[2].length, end).replace(/^[\s,–—-]+|[\s,;.–—-]+$/gu, ''));
    // Each event tells something of its own after its date ("22 октября." alone is a date, not an event told).
    if (!/\p{L}{3}/u.test(title)) return [];
    out.push({ title, start: d.start, end: d.end });
  }
  return out;
}
