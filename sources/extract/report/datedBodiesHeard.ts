import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { namesBody } from './bodyKindOf.ts';
import { heardBodyOf } from './heardBodyOf.ts';

/** One body a dated sentence tells as heard: its name, its day, where in the sentence its day stands. */
export interface DatedBody {
  body: string;
  date: string;
  at: number;
}

/** A masked date, its words run together ("23 сәуірде", "Ақпанның 19-ында", "2024 жылғы 28 ақпанда"), to its last word's end. */
const MASKED_DATE = /\uE000+(?:[\s,]+\uE000+)*[\p{L}]*/gu;

/**
 * Another body's forum, where a head reporting is no hearing of the council's: "мәслихат сессиясында есеп берді",
 * "отчитался на сессии маслихата".
 */
const OTHER_FORUM = /(?<![\p{L}])(?:мәслихат|маслихат|сесси)[\p{L}]*/iu;

/**
 * The bodies a sentence of hearings tells each after its own day: "23 сәуірде Бөген ауылдық округінің әкімі, 18 маусымда
 * аудандық білім бөлімі тыңдалды", "15 қазанда … бөлімі және 17 желтоқсанда … әкімі есеп берді", "16 сәуірде «…» МКК (…)
 * басшысының, 11 маусымда … бөлімінің есептері тыңдалды", "19 марта отдел образования, 21 мая ГКП «…» отчитались перед
 * Советом". Each day opens the words of one body, named first, with or without its head (heardBodyOf); every day's words
 * must name one body of a kind told (a department, a subordinate organisation, an akim, an institution), and the words
 * before the first day none — else null, and the sentence is left to the readers of heads. A span for a day, or another
 * forum's sitting ("мәслихат сессиясында"), is null too.
 */
export function datedBodiesHeard(sentence: string, year: number | undefined): DatedBody[] | null {
  if (OTHER_FORUM.test(sentence)) return null;
  const dates = matchesOf(maskNeverCounts(sentence), MASKED_DATE).flatMap((m) => {
    const at = m.index ?? 0;
    const date = parseDatePhrase(sentence.slice(at, at + m[0].length), year);
    return date === null ? [] : [{ at, after: at + m[0].length, day: date }];
  });
  if (dates.length === 0 || namesBody(sentence.slice(0, dates[0].at))) return null;
  const out: DatedBody[] = [];
  for (const [k, d] of dates.entries()) {
    if (d.day.start !== d.day.end) return null;
    const body = heardBodyOf(sentence.slice(d.after, dates[k + 1]?.at ?? sentence.length));
    if (body === null) return null;
    out.push({ body, date: d.day.start, at: d.at });
  }
  return out;
}
