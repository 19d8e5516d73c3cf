import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity } from '../types.ts';
import { activityTypesIn } from './activityLexicon.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * A kind's label, its count after a dash or colon, then its days alone: in a bracket ("круглые столы – 2 (09.10.2025,
 * 04.12.2025)", "семинаров … – 2 (18.04.2024 и 26.09.2024)") or after a colon or a dash to the clause's end ("круглые
 * столы (4) – 20.02, 16.04, 19.06, 10.09", which bracketCounts rewrites "круглые столы – 4: 20.02, …"). The label opens
 * the text or follows a stop, a comma, a semicolon, a colon or a dash, so several labels share a line ("круглые столы – 2
 * (…); диалоговая площадка – 1 (…)", "Круглых столов – 3, семинаров – 2 (…)").
 */
const LABEL_COUNT_DAYS = /(?:^|[.,;:–—]\s*|[•·▪◦*]\s*)([\p{L}][\p{L}\s-]{2,60}?)\s*[-–—:]\s*(\d{1,2})\s*(?:\(([^()]+)\)|[:–—-]\s*([^;()]+?)\s*(?=[;]|\.?\s*$))/gu;

/** Between the days of a run: a comma, a semicolon, "и", "және", "мен". */
const JOIN = /\s*[,;]\s*|\s+(?:и|және|мен)\s+/u;

export interface CountedDay {
  type: ReportActivity['type'];
  title: string;
  start: string;
  end: string;
}

/**
 * The events of every label in `text` counted and dated by its days alone: one per day, titled by the label, only when
 * the label names one type, the count is two or more and as many as the days, and each part of the run is wholly one
 * day's date (a day and month, "20.02", read in the period's year). A run holding any other word (a title, a place, a
 * number of people), a span, or days fewer or more than the count gives nothing for that label.
 */
export function countedDays(text: string, year: number | undefined): CountedDay[] {
  const out: CountedDay[] = [];
  for (const m of matchesOf(text, LABEL_COUNT_DAYS)) {
    const types = activityTypesIn(m[1]);
    const count = Number(m[2]);
    const run = (m[3] ?? m[4] ?? '').replace(/[\s.]+$/u, '');
    if (types.length !== 1 || count < 2) continue;
    const days = daysOf(run, year);
    if (days === null || days.length !== count) continue;
    for (const d of days) out.push({ type: types[0].type, title: tidy(m[1]), ...d });
  }
  return out;
}

/**
 * A kind's heading run into its days, no count: "Мониторингтер: 22.10, 12.11, 26.11, 09.12.", "Семинары: 14.03 и 20.09.";
 * a list's item closed by its semicolon, a day's subject in its bracket ("– мониторингтер: 12 наурыз (бюджеттік
 * кредиттердің қайтарылуы), 15 мамыр, … 19 қараша 2025 жылы;", "– дөңгелек үстелдер: 2025 жылғы 10 маусым және 4
 * желтоқсан;", set 158).
 */
const HEADED_DAYS = /^\s*([\p{L}][\p{L}\s-]{2,60}?)\s*:\s*([^:;()«»"]+?)\s*[.;]?\s*$/u;
/** What a day's event was about, in a bracket after the day: "12 наурыз (бюджеттік кредиттердің қайтарылуы)". */
const DAY_SUBJECT = /(?<=\d|\p{L})\s*\([^()\d]{3,80}\)(?=\s*(?:[,;.]|\s(?:и|және|мен)\s|$))/gu;

/**
 * The events of a heading of one kind run into its days alone, a day each (held-out 64's Shu: "Мониторингтер: 22.10,
 * 12.11, 26.11, 09.12."): two days or more, each wholly one day's date (a day and month read in the period's year). The
 * heading counts nothing (a count is countedDays'), names no plan (a plan's days are not held: `planned`).
 */
export function headedDays(text: string, year: number | undefined, planned: RegExp): CountedDay[] {
  const m = HEADED_DAYS.exec(text.replace(DAY_SUBJECT, ''));
  if (m === null || planned.test(m[1]) || /\d/u.test(m[1])) return [];
  const types = activityTypesIn(m[1]);
  const days = types.length === 1 ? daysOf(m[2], year) : null;
  return days !== null && days.length >= 2 ? days.map((d) => ({ type: types[0].type, title: tidy(m[1]), ...d })) : [];
}

/** Each part of a run as one day's date, or null when any part is more than a date or no single day. */
function daysOf(run: string, year: number | undefined): { start: string; end: string }[] | null {
  const parts = run.split(JOIN).filter((p) => p.trim() !== '');
  const out: { start: string; end: string }[] = [];
  for (const part of parts) {
    const p = part.trim();
    if (!/^\uE000[\uE000\s]*(?:(?:г|ж)\.?)?$/u.test(maskNeverCounts(p))) return null;
    // "20.02": a day and month the masker took for a date, written without the point "20.02." would close it with.
    const d = parseDatePhrase(/^\d{1,2}\.\d{1,2}$/u.test(p) ? `${p}.` : p, year);
    if (d === null || d.start !== d.end) return null;
    out.push(d);
  }
  return out;
}
