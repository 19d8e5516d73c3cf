import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { HELD_VERBS, MEETING_WORD, activityTypesIn, itemTypeOf } from './activityLexicon.ts';

/** The type's label (a word or three, no number), one masked day (maskNeverCounts) with "г."/"ж." at most, a dash, then words. */
const LABEL_DAY_DASH = /^\s*(?:\d{1,2}[.)]\s+)?([\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s+(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)\s*[-–—]\s+(?=[\p{L}«"“])/u;
/** Words of a plan, not of a deed ("жоспарланған"; not "бас жоспары", a master plan the topic names). */
export const PLANNED = /планир|запланир|будет|будут|предстоит|жоспарлан|өткізіледі|алдағы/iu;

/**
 * "Общественные слушания 4 декабря – по проекту генерального плана г. Арыс.", "Круглый стол 12.03.2025 – «Доступная среда»",
 * "Қоғамдық тыңдау 2025 жылғы 4 желтоқсанда – Арыс қаласының бас жоспары жобасы бойынша.": a sentence that opens with the
 * type's label alone, the one day it was held, a dash and its topic — one event of that type on that day, told with no verb.
 * Null when the label is more than the type ("Члены Совета 4 декабря – …") or a meeting's, holds a verb, the date is no
 * single day, or the topic names another type or a plan.
 */
export function labelDayDash(text: string, year: number | undefined, type: ReportActivity['type']): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const m = LABEL_DAY_DASH.exec(maskNeverCounts(text));
  if (m === null || !isTypeLabel(m[1], type)) return null;
  const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
  const dates = parseDatePhrase(text.slice(at, at + m[2].length), year);
  if (dates === null || dates.start !== dates.end) return null;
  const rest = text.slice((m.index ?? 0) + m[0].length);
  if (PLANNED.test(rest) || namesOtherType(rest, type)) return null;
  return { type, title: tidy(rest).replace(/[.;]+$/u, '').slice(0, 300), date_start: dates.start, date_end: dates.end };
}

/** A label that is the type alone: its one type, no verb of holding, no meeting ("Члены Совета", "Заседание" are no such label). */
export function isTypeLabel(label: string, type: ReportActivity['type']): boolean {
  return itemTypeOf(label) === type && activityTypesIn(label).length === 1 && !HELD_VERBS.test(label) && !MEETING_WORD.test(label);
}

/** Whether the words after the label name another type outside their quoted titles. */
export function namesOtherType(rest: string, type: ReportActivity['type']): boolean {
  return activityTypesIn(rest.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ')).some((t) => t.type !== type);
}
