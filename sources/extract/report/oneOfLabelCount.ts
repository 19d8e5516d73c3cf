import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { PLANNED, isTypeLabel, namesOtherType } from './labelDayDash.ts';

/**
 * The type's label (quoted or not, a word or three), a dash, its count, then "of them" and the rest: "«Дөңгелек үстел» – 3,
 * соның ішінде 2026 жылғы 12 мамырда «…» тақырыбында.", "Круглые столы – 3, в том числе 12 мая – «…»." (set 149).
 */
const LABEL_COUNT_OF_THEM = /^\s*(?:\d{1,2}[.)]\s+)?[«"“]?([\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,2})[»"”]?\s*[-–—:]\s*(\d{1,2})\s*,\s*(?:соның\s+ішінде|оның\s+ішінде|в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+них)\s+/iu;

/**
 * One of a label's count told with its day and no verb: the event of that day, its topic the quoted title or the words
 * after the day. Only when the rest names one day (no span, no second date), no other type and no plan, and the label is
 * the type alone (no meeting, no verb): "Дөңгелек үстел – 3, соның ішінде 12 мамырда …" is one round table of 12 May, the
 * other two undated (the count stays the label's figure). The sibling of labelDayDash (the label, its one day, a dash).
 */
export function oneOfLabelCount(text: string, year: number | undefined, type: ReportActivity['type']): { type: ReportActivity['type']; title: string; date_start: string; date_end: string } | null {
  const m = LABEL_COUNT_OF_THEM.exec(text);
  if (m === null || !isTypeLabel(m[1], type)) return null;
  const rest = text.slice(m[0].length);
  const masked = maskNeverCounts(rest);
  // One date in the rest: a run of masked characters once.
  // A count of its own in the rest ("из них отделов – 1, подведомственных организаций – 1:") parts the label's count, no event.
  if ((masked.match(/\uE000+(?:[\s.]*\uE000+)*/gu) ?? []).length !== 1 || /\d/u.test(masked) || /:\s*$/u.test(rest) || PLANNED.test(rest)) return null;
  if (namesOtherType(rest, type)) return null;
  const dates = parseDatePhrase(rest, year);
  if (dates === null || dates.start !== dates.end) return null;
  const quoted = /«([^»]+)»/u.exec(rest)?.[1];
  return { type, title: tidy(quoted ?? rest).replace(/[.;]+$/u, '').slice(0, 300), date_start: dates.start, date_end: dates.end };
}
