import { findCounts } from '../grammar/findCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, activityTypesIn } from './activityLexicon.ts';
import { datesOfCount } from './datesOfCount.ts';
import { sentencesAfter } from './ordinalEvents.ts';

/** The most events one sentence is read to date one by one. */
const MOST = 12;
/** A sitting's word: the days told after a count of monitorings are then the meetings'. */
const SITTING = /(?<![\p{L}])(?:отырыс|заседани|жиналыс|собрани)[\p{L}]*/iu;
/** Words of what is still to come: the days are planned, not held. */
const PLANNED = /(?<![\p{L}])(?:планир|запланир|будет|будут|предстоит|жоспар|өткізіледі|алдағы)[\p{L}]*/iu;
/** A masked day (a run of \uE000): one a date. */
const DAY_RUN = /\uE000(?:[\uE000\s]*\uE000)?/gu;
/** A masked run of two days: "11 и 12 марта", "11, 12 наурыз". */
const TWO_DAYS = /\s(?:и|және|мен)\s|,/u;
/** The text's own quoted titles, blanked: a topic «… и мониторинг воздуха» names no type of the sentence. */
const outsideQuotes = (text: string) => text.replace(/«[^«»]*»|"[^"]*"/gu, (q) => ' '.repeat(q.length));

/**
 * The events a sentence counts, dated one by one in the sentence right after it, which names no type of its own — an
 * interview's answer, a letter's paragraph: "Биыл тоқсанда 4 мониторинг жүргіздік, … 2026 жылғы 7 тамызда мектептердегі
 * жөндеу барысын, 21 тамызда … жолдарды, 10 қыркүйекте …, 23 қыркүйекте мектеп асханаларын тексердік.", "Проведено 3
 * мониторинга. 12 марта проверили подвоз школьников, 14 апреля – освещение улиц, 20 мая – питание в школах." One event of
 * the count's kind per day, when the count's sentence names that kind alone, the next sentence's clauses each open with
 * a day and are exactly as many as the count (datesOfCount), it states no count of its own, names no sitting and nothing
 * planned, and no event of the kind is read already. Anything else: nothing (the count stays, the events are not guessed).
 */
export function readDatesAfterCount(lines: string[], year: number | undefined, figures: ReportFigure[], activities: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const f of figures) {
    const kind = ACTIVITY_PHRASES.find((w) => w.metric === f.metric);
    if (kind === undefined || f.value < 2 || f.value > MOST || [...activities, ...out].some((a) => a.type === kind.type)) continue;
    const after = sentencesAfter(lines, f.line - 1, f.text);
    const next = after?.next[0];
    if (after === undefined || after === null || next === undefined) continue;
    const own = new Set(activityTypesIn(outsideQuotes(after.own)).map((a) => a.type));
    if (own.size !== 1 || !own.has(kind.type) || !findCounts(maskNeverCounts(after.own)).some((c) => c.value === f.value)) continue;
    if (activityTypesIn(outsideQuotes(next.text)).length > 0 || SITTING.test(next.text) || PLANNED.test(next.text) || findCounts(maskNeverCounts(next.text)).length > 0) continue;
    // Exactly as many days in the sentence as counted: "Среди них 12 марта …, 20 мая …, 3 июня …" after a count of two, or
    // "11 и 12 марта" (two days of one visit), is no one event a day.
    const runs = matchesOf(maskNeverCounts(next.text), DAY_RUN).map((m) => next.text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length));
    if (runs.length !== f.value || runs.some((r) => TWO_DAYS.test(r))) continue;
    for (const d of datesOfCount(next.text, year, f.value)) out.push({ type: kind.type, title: d.title.slice(0, 300), date_start: d.start, date_end: d.end, line: next.line });
  }
  return out;
}
