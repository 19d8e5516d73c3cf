import { maskNeverCounts } from '../maskNeverCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { activityTypeOf, activityTypesIn } from './activityLexicon.ts';

/** The label's count of one after its dash or colon: "Семинар … – 1", "Меморандум – 1,", "Дөңгелек үстел – бір". */
const COUNT_OF_ONE = /\s[-–—:]\s*(?:1|один|одна|одно|бір(?:еу)?)(?![\d\p{L}])/iu;
/** A masked date (maskNeverCounts), "г."/"ж." after it. */
const DATE_RUN = /\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?/gu;

/**
 * "5.2. Семинар для членов Совета по Закону РК «Об общественных советах» № 383-V – 1 (12.02.2025).", "5.3. Меморандум – 1, с
 * ОО «Ақсуат жастары» (03.10.2025), о сотрудничестве.", "Дөңгелек үстел – 1 (22.05.2025, «…»)": a label that opens with
 * its type, its count of one, and the one day it was held in a bracket after it. One event of that type on that day.
 * Null when the label opens with no type or names another outside its quoted titles ("Участие в семинаре – 1"), when
 * the words after the count name another type, hold another date or any other number, or the date is no single day.
 */
export function oneCountDated(sentence: string, year: number | undefined): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  // The point's number of numbered sections ("5.2.", "3)") is no part of the label.
  const text = sentence.replace(/^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+/u, '');
  const one = COUNT_OF_ONE.exec(text);
  if (one === null) return null;
  const label = text.slice(0, one.index);
  const unquotedLabel = label.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ');
  const t = activityTypeOf(unquotedLabel);
  // The type in the label's first two words: "Участие в семинарах – 1 (…)" counts the members' part, not a seminar.
  if (t === null || activityTypeOf(label.trim().split(/\s+/u).slice(0, 2).join(' '))?.type !== t.type || activityTypesIn(unquotedLabel).length !== 1) return null;
  const rest = text.slice(one.index + one[0].length);
  // The bracket or a comma right after the count; "– 1 – аудандық … бөлімі (2025 жылғы 7 тамыз, …)" lists its event after a
  // dash, a form's answer readCountedItems reads.
  if (!/^\s*[(,]/u.test(rest)) return null;
  const masked = maskNeverCounts(rest);
  const runs = matchesOf(masked, DATE_RUN);
  if (runs.length !== 1 || /\d/u.test(masked)) return null;
  // The date in a bracket of its own or opening one ("(22.05.2025, «…»)"), never a date told in words after the count.
  const at = runs[0].index ?? 0;
  if (!/\(\s*$/u.test(masked.slice(0, at))) return null;
  const other = activityTypesIn(rest.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' '));
  if (other.some((o) => o.type !== t.type)) return null;
  const dates = parseDatePhrase(rest.slice(at, at + runs[0][0].length), year);
  if (dates === null || dates.start !== dates.end) return null;
  const quoted = /«([^»]*(?:«[^»]*»[^»]*)*)»/u.exec(rest)?.[1];
  return { type: t.type, title: tidy(quoted ?? label).slice(0, 300), date_start: dates.start, date_end: dates.end };
}
