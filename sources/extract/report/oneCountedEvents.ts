import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES, activityTypeOf, activityTypesIn } from './activityLexicon.ts';
import { itemOf } from './readLists.ts';

/** A list item's count of one closing it, in brackets as typed or as bracketCounts rewrote it: "… (1).", "… – 1;". */
const COUNT_OF_ONE = /\s*(?:\(\s*1\s*\)|[-–—:]\s*1)\s*[.;]?\s*$/u;

/**
 * A count's label, no event's name: the kind's noun in the plural ("Проведено общественных мониторингов", "Круглые столы",
 * "Өткізілген мониторингтер", "дөңгелек үстелдер") or a word of counting ("Количество семинаров", "Мониторинг саны") —
 * a form's field or a table's row answered "1" (held-out 35's Ministry of Transport form: "9. Проведено общественных
 * мониторингов" / "1"), which counts the kind and names none of its events.
 */
const COUNT_LABEL = new RegExp(
  [
    '(?:мониторинг|тренинг)(?:и|ов|ам|ами|ах)',
    '(?:семинар|вебинар|меморандум|отч[её]т)(?:ы|ов|ам|ами|ах)',
    'стол(?:ы|ов|ам|ами|ах)',
    'слушани(?:й|ям|ями|ях)',
    'заседани(?:й|ям|ями|ях)',
    'диалогов(?:ые|ых|ым|ыми)\\s+площад[\\p{L}]*',
    '(?:мониторинг|семинар|тренинг|меморандум|үстел|тыңдау|алаң|есеп|кездесу)(?:тер|дер|лер|лар|дар|тар)[\\p{L}]*',
    'количеств[\\p{L}]*|число|кол-во|саны|всего|итого|барлығы|жиыны',
  ].map((w) => `(?<![\\p{L}])(?:${w})(?![\\p{L}])`).join('|'),
  'iu',
);

/**
 * A list item that names one event by its kind and closes with its count of one: "• меморандум о сотрудничестве с
 * Ассоциацией фермеров Майского района (1).", "– Фермерлер қауымдастығымен ынтымақтастық туралы меморандум (1);". The
 * figure read from it (1) is one event, undated: when the report tells no event of that kind elsewhere (a dated
 * sentence, a list of its own), the item is that event. A count of more than one, a figure that is a candidate (a plan, a
 * part), a kind the item does not name itself, or a count's label (COUNT_LABEL): nothing.
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
    if (activityTypeOf(title)?.type !== kind.type || activityTypesIn(title).length !== 1 || COUNT_LABEL.test(title)) continue;
    out.push({ type: kind.type, title: title.slice(0, 300), date_start: null, date_end: null, line: f.line });
  }
  return out;
}
