import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, activityTypeOf, activityTypesIn } from './activityLexicon.ts';
import { itemOf } from './readLists.ts';

/** A list item's count of one closing it, in brackets as typed or as bracketCounts rewrote it: "… (1).", "… – 1;". */
const COUNT_OF_ONE = /\s*(?:\(\s*1\s*\)|[-–—:]\s*1)\s*[.;]?\s*$/u;

/**
 * A list item that names one event by its kind and closes with its count of one: "• меморандум о сотрудничестве с
 * Ассоциацией фермеров Майского района (1).", "– Фермерлер қауымдастығымен ынтымақтастық туралы меморандум (1);". The
 * figure read from it (1) is one event, undated: when the report tells no event of that kind elsewhere (a dated
 * sentence, a list of its own), the item is that event. A count of more than one, a figure that is a candidate (a plan, a
 * part), or a kind the item does not name itself: nothing.
 */
export function readOneCountedEvents(lines: string[], figures: ReportFigure[], activities: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const f of figures) {
    const kind = ACTIVITY_PHRASES.find((w) => w.metric === f.metric);
    if (f.value !== 1 || kind === undefined || [...activities, ...out].some((a) => a.type === kind.type)) continue;
    const item = itemOf(lines[f.line - 1] ?? '');
    if (item === null || !COUNT_OF_ONE.test(item.text)) continue;
    const title = tidy(item.text.replace(COUNT_OF_ONE, ''));
    // "дөңгелек үстел – 1, семинар – 1, қоғамдық тыңдау – 1.": a summary's line of several counts is no one event.
    if (activityTypeOf(title)?.type !== kind.type || activityTypesIn(title).length !== 1) continue;
    out.push({ type: kind.type, title: title.slice(0, 300), date_start: null, date_end: null, line: f.line });
  }
  return out;
}
