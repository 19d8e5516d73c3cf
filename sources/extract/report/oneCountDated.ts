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
  if (one === null) return oneThenDay(sentence, year);
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

/** One, the type's words, a dash, one day, then the end, a comma or a title: "1 дөңгелек үстел – 16.10.2025 «…»;". */
const ONE_THEN_DAY = /^\s*(?:1|один|одна|одно|бір)\s+([\p{L}][\p{L}\s-]{2,40}?)\s*[-–—:]\s*(\uE000(?:[\uE000\s]*\uE000)?(?:\s*(?:г|ж)\.)?)(?=\s*(?:[,;.«"(]|$))/iu;

/**
 * "1 дөңгелек үстел – 16.10.2025 «Наурызбай ауданындағы жастар бос уақыты»;", "1 диалог алаңы – 27.11.2025, аудан әкімімен
 * тұрғындардың кездесуі;", "1 семинар – 03.11.2025, для членов Совета.": the count of one before the type, a dash, the one
 * day it was held — a list's item typed as the count of its kind. Null when the words between name no one type or one in
 * the plural, when the rest names another type or holds another number or date ("1 семинар – 03.11.2025 и 17.11.2025"),
 * or the date is no single day.
 */
function oneThenDay(text: string, year: number | undefined): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const masked = maskNeverCounts(text);
  const m = ONE_THEN_DAY.exec(masked);
  if (m === null) return null;
  const t = activityTypeOf(m[1]);
  if (t === null || activityTypesIn(m[1]).length !== 1 || PLURAL_TYPE.test(m[1])) return null;
  const rest = text.slice(m[0].length);
  const maskedRest = masked.slice(m[0].length);
  if (/[\d\uE000]/u.test(maskedRest.replace(/«[^»]*»|"[^"]*"/gu, ' '))) return null;
  if (activityTypesIn(rest.replace(/«[^»]*»|"[^"]*"|“[^”]*”/gu, ' ')).some((o) => o.type !== t.type)) return null;
  const at = m[0].length - m[2].length;
  const dates = parseDatePhrase(text.slice(at, m[0].length), year);
  if (dates === null || dates.start !== dates.end) return null;
  const quoted = /«([^»]*(?:«[^»]*»[^»]*)*)»/u.exec(rest)?.[1];
  const words = tidy(rest.replace(/^[\s,;:–—-]+|[\s.,;]+$/gu, ''));
  return { type: t.type, title: tidy(quoted ?? (words === '' ? text : words)).slice(0, 300), date_start: dates.start, date_end: dates.end };
}
/** The type in the plural after a count of one is no count of one ("1 круглых столов" is a typo too far to read). */
const PLURAL_TYPE = /(?:столы|столов|семинары|семинаров|слушания|слушаний|мониторинги|мониторингов|үстелдер|семинарлар|тыңдаулар|алаңдар)(?![\p{L}])/iu;
