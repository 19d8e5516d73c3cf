import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { yearOnlyRun } from './yearOnlyRun.ts';

/**
 * A day's date where a clause begins: at the sentence's start, after a colon, a comma, a semicolon, a dash, or "и", "а",
 * "және", "мен" ("… мониторинга - 20 февраля по …, 16 апреля по … и 11 июня по …"; "…: 12 февраля - на предмет …, а
 * 21-22 мая, уже после …"), after "атап айтқанда", "а именно", "в том числе" ("бес мониторинг жүргізді, атап айтқанда 26
 * наурызда …, 15 сәуірде …"), and after the event's ordinal ("дөңгелек үстелдер екеу болды – біріншісі 19 маусымда …,
 * екіншісі 26 қарашада …"). A day range within a month ("21-22 мая") is one date. The masked date is a run of \uE000.
 */
const DATE_AT_CLAUSE = /((?:^|[:,;–—-]\s*|\s(?:и|а|және|мен|атап\s+айтқанда|атап\s+айтсақ|а\s+именно|в\s+частности|в\s+том\s+числе|оның\s+ішінде|соның\s+ішінде)\s+)(?:(?:біріншісі|екіншісі|үшіншісі|төртіншісі|бесіншісі|соңғысы|перв(?:ый|ая|ое)|втор(?:ой|ая|ое)|трет(?:ий|ья|ье)|четв[её]рт(?:ый|ая|ое)|пят(?:ый|ая|ое)|последн(?:ий|яя|ее))\s+)?)(\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.?)?)(?![\p{L}\d])/gu;

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
  // "В 2025 году проведено 3 публичных слушания – 12 марта …": the period's own year opens the sentence, no day of an
  // event. Another year ("В 2024 году проведено …" in a report of 2025) stays, and the dates are not read as the count's.
  const all = matchesOf(masked, DATE_AT_CLAUSE).filter((m) => {
    const at = (m.index ?? 0) + m[1].length;
    const run = text.slice(at, at + m[2].length);
    return !(year !== undefined && yearOnlyRun(run) && run.includes(String(year)) && !/(?:19|20)\d{2}\D+(?:19|20)\d{2}/u.test(run));
  });
  // "кеңес төрт есепті тыңдады: 5 наурызда …, 21 мамырда …, 17 қыркүйекте …, 29 қазанда … тыңдалды; 5 наурызда аурухана …
  // ақпараты да тыңдалғанымен, … есептелген жоқ": the count's dates run to the semicolon that closes them; a clause after
  // it is another's. Only when the run's own dates are set apart by commas or "и", none by a semicolon.
  const found = all.slice(0, count);
  // The semicolon that opens the first clause after the run (its date's own opening is kept in the match).
  const runEnd = all.length > count ? masked.lastIndexOf(';', (all[count].index ?? 0) + all[count][1].length) : masked.length;
  const within = (m: RegExpExecArray) => (m.index ?? 0) + m[1].length;
  if (found.length !== count || runEnd < within(found[count - 1]) || (all.length > count && /;/u.test(masked.slice(within(found[0]), within(found[count - 1]))))) return [];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, m] of found.entries()) {
    const at = (m.index ?? 0) + m[1].length;
    const date = text.slice(at, at + m[2].length);
    const d = parseDatePhrase(date, year);
    // A day of a month, or a few days of one ("21-22 мая"): never a month alone nor a span of months.
    if (d === null || !/\d/u.test(date) || d.start.slice(0, 7) !== d.end.slice(0, 7)) return [];
    const end = k + 1 < found.length ? (found[k + 1].index ?? 0) : runEnd;
    const title = tidy(text.slice(at + m[2].length, end).replace(/^[\s,–—-]+|[\s,;.–—-]+$/gu, ''));
    out.push({ title, start: d.start, end: d.end });
  }
  // "14 мая и 11 июня (организация летнего отдыха детей, два этапа)", "14 мамыр мен 11 маусымда (…)": a day joined by "и",
  // "және", "мен" or a comma to the next is told by the next one's words. Each event tells something of its own after its
  // date or the next's ("22 октября." alone, last of the run, is a date, not an event told).
  for (let k = out.length - 1; k >= 0; k--) {
    if (/\p{L}{3}/u.test(out[k].title)) continue;
    if (k + 1 === out.length || !/^(?:,?\s*(?:и|және|мен)|,)?$/u.test(out[k].title)) return [];
    out[k].title = out[k + 1].title;
  }
  return out;
}
