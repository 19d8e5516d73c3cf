import { parseDatePhrase } from '../parseDatePhrase.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import type { MetricId } from '../types.ts';
import type { Period } from './readPeriod.ts';

/** The counts of the composition, which DESIGN.md takes on the period's last day. */
const COMPOSITION = new Set<MetricId>(['members_total', 'members_civil', 'members_state']);

/** A day as a report writes it: "01.07.2026", "1 июля 2026 года", "2026 жылғы 1 шілдедегі". */
const DAY = String.raw`(?:\d{4}\s*(?:жылғы|ж\.)\s*)?\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[\p{L}]+(?:\s+\d{4})?)(?:\s*(?:г\.|года|ж\.|жылғы))?`;

/**
 * The day a composition is told at: "на 1 января 2026 года", "по состоянию на 01.07.2026", "01.07.2026 жағдай бойынша",
 * "2026 жылғы 1 шілдедегі жағдай бойынша"; and the start of a span named without its day ("на начало года", "тоқсан
 * басында", "жыл басындағы").
 */
const STATE_DAY = new RegExp(String.raw`(?<![\p{L}])(?:по\s+состоянию\s+)?на\s+(${DAY})|(${DAY})\s*(?:жағдай|күй)[\p{L}]*\s+бойынша|(?<![\p{L}])(?:на\s+начал[оеа]|в\s+начале|к\s+началу)\s+(?:отч[её]тного\s+)?(?:года|квартала|полугодия|периода)|(?<![\p{L}])(?:жыл|тоқсан|жартыжылдық|кезең)[\p{L}]*\s+басында(?:ғы)?(?![\p{L}])`, 'giu');

/** The state's end told without its day ("на конец периода", "тоқсан соңында"): a later end wins over an earlier start. */
const END_WORDS = /(?:на\s+конец|в\s+конце|к\s+концу|на\s+окончание|соңында|соңындағы|аяғында|аяғындағы)/u;

/** "как и на начало квартала", "как и 1 июля", "тоқсан басындағыдай": the count the same as at that day, a comparison. */
const AS_THEN = /(?<![\p{L}])как\s+и\s+[^,;:]*/gu;

/**
 * A composition told at the period's start — its first day or a day before it ("На 1 января 2026 года в Совете состояло 15
 * членов" in a nine months' report, "2026 жылғы 1 шілдедегі жағдай бойынша Кеңесте 21 мүше болды" in the third quarter's,
 * "на начало года", "тоқсан басында"): the count of that day, not of the period's end, which DESIGN.md takes; members may
 * have left or joined after it. The last day named before the count is the count's ("На 1 января – 15 членов, на 30
 * сентября – 14"). A day inside the period ("Состав Совета на 30 сентября 2025 г. – 29 членов" in a year's report: the
 * latest the report tells, held-out 3) or after it stays the figure. `before`: the sentence up to the count, in lower case
 * as written.
 */
export function doubtOfCompositionDay(metric: MetricId, before: string, period: Period | null, year: number | undefined): string | null {
  if (!COMPOSITION.has(metric) || period === null) return null;
  // An aside is no day of the count: "27 членов (на 1 января 2024 года – 25): 18 …" (the bracket's other count), "в Совете,
  // как и на начало квартала, 19 членов" (the same as then).
  const own = before.replace(/\([^()]*\)/gu, (b) => ' '.repeat(b.length)).replace(AS_THEN, (b) => ' '.repeat(b.length));
  const told = matchesOf(own, STATE_DAY);
  const last = told.at(-1);
  if (last === undefined) return null;
  // "на начало года …, на конец периода – 14": the end named after the start.
  if (END_WORDS.test(own.slice((last.index ?? 0) + last[0].length))) return null;
  const dayText = last[1] ?? last[2];
  if (dayText === undefined) return START_WHY;
  const day = parseDatePhrase(dayText, year);
  if (day === null || day.start !== day.end) return null;
  return day.start <= period.from ? DAY_WHY : null;
}

const DAY_WHY = 'the composition told at the period\'s first day or before it (its start): not the composition on the period\'s last day';
const START_WHY = 'the composition told at the start of the year, quarter or period: not the composition on the period\'s last day';

/** The counts of what stands on the period's last day: the composition and the standing commissions. */
const STANDING = new Set<MetricId>([...COMPOSITION, 'commissions']);

/**
 * The former composition or convocation named: "в прежнем составе", "прежнего состава", "предыдущего созыва", "старого
 * состава", "бұрынғы құрамда", "алдыңғы құрамның", "өткен шақырылымда".
 */
const FORMER = String.raw`(?:(?:прежн|предыдущ|стар|прошл)[\p{L}]*\s+(?:состав|созыв)[\p{L}]*|(?:бұрынғы|алдыңғы|өткен|ескі)\s+(?:құрам|шақырылым)[\p{L}]*)`;
const FORMER_BEFORE = new RegExp(String.raw`(?<![\p{L}])${FORMER}(?![^,;]*(?<![\p{L}])(?:нов[\p{L}]*|жаңа)\s+(?:состав|созыв|құрам|шақырылым))[^,;]*$`, 'iu');
/** "13 членов прежнего состава", "бұрынғы құрамның 13 мүшесі" is before; the count's noun, then the former named. */
const FORMER_AFTER = new RegExp(String.raw`^\s*[\p{L}]+(?:\s+[\p{L}]+)?\s+${FORMER}`, 'iu');

/**
 * A composition or commissions of the former composition ("В прежнем составе действовали 3 постоянные комиссии; комиссии
 * нового состава будут сформированы в октябре", set 154; "Из 13 членов прежнего состава …", "Бұрынғы құрамда 3 тұрақты
 * комиссия жұмыс істеді"): a state before the council was renewed, not the one on the period's last day, which DESIGN.md
 * takes. Not when the new composition is named after the former in the count's clause ("из прежнего состава в новый состав
 * вошли 8": the new one's). `before` / `after`: the count's sentence up to it and from its end, in lower case as written.
 */
export function doubtOfFormerComposition(metric: MetricId, before: string, after: string): string | null {
  if (!STANDING.has(metric)) return null;
  return FORMER_BEFORE.test(before) || FORMER_AFTER.test(after) ? FORMER_WHY : null;
}

const FORMER_WHY = 'the count is of the former composition ("в прежнем составе", "бұрынғы құрамда"): not the state on the period\'s last day';
