import { parseDatePhrase } from '../parseDatePhrase.ts';
import { daysInMonth, isoDate } from '../monthNames.ts';

/** The end of a span named in a header without its day: "на конец периода", "Тоқсан соңында", "Кезең аяғында", "Стало". */
const END_NAMED = /(?<![\p{L}])(?:на\s+конец|в\s+конце|к\s+концу|на\s+окончание|(?:тоқсан|жыл|кезең|жартыжылдық)[\p{L}]*\s+(?:соңында|соңындағы|аяғында|аяғындағы|соңына)|стало|после\s+(?:ротации|изменени[\p{L}]*)|ротациядан\s+кейін)(?![\p{L}])/iu;
/** The start (or a state before a change) named without its day: "на начало", "до ротации", "Ротацияға дейін", "Было". */
const START_NAMED = /(?<![\p{L}])(?:на\s+начало|в\s+начале|к\s+началу|(?:тоқсан|жыл|кезең|жартыжылдық)[\p{L}]*\s+басында(?:ғы)?|было|до\s+(?:ротации|изменени[\p{L}]*)|[\p{L}]+(?:ға|ге|қа|ке)\s+дейін)(?![\p{L}])/iu;

/** The period's last day, from its first month, its length and its last year; null for a span across a year's end. */
export function periodEnd(fromMonth: number, months: number, year: number | undefined): string | null {
  const last = fromMonth + months - 1;
  if (year === undefined || last > 12) return null;
  return isoDate(year, last, daysInMonth(year, last));
}

type State = 'end' | 'before';

/** Whether a column's header tells the composition at the period's end, at a day before it, or neither. */
function stateOf(header: string, end: string): State | null {
  const day = parseDatePhrase(header, Number(end.slice(0, 4)));
  const named = END_NAMED.test(header) ? 'end' : START_NAMED.test(header) ? 'before' : null;
  if (day === null || day.start !== day.end) return named;
  // "на 30.09.2026", "на 01.10.2026": the period's last day, or the day after it.
  const dayState: State | null = day.start === end || Date.parse(day.start) - Date.parse(end) === 86_400_000 ? 'end' : day.start < end ? 'before' : null;
  // A header whose words and day disagree ("на конец периода (01.07.2026)") tells nothing sure.
  return named !== null && named !== dayState ? null : dayState;
}

/**
 * Of a table's columns each telling a state at a day — "Ротацияға дейін (01.07.2026) | Тоқсан соңында (30.09.2026)", "На
 * 01.01.2026 | На 30.09.2026", "Было | Стало" — the one at the period's end: the composition DESIGN.md takes, the others
 * the period's start or a day before a change. Only when every column is such a state and exactly one is the end's;
 * a column of counts over the period ("За 9 месяцев") beside them makes it no table of states.
 */
export function endStateColumn(headers: string[], columns: number[], end: string | null): number | null {
  if (end === null || columns.length < 2) return null;
  const states = columns.map((c) => stateOf(headers[c], end));
  if (states.some((s) => s === null)) return null;
  const ends = columns.filter((_, k) => states[k] === 'end');
  return ends.length === 1 ? ends[0] : null;
}
