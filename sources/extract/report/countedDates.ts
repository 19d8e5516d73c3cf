import { findCounts } from '../grammar/findCounts.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/** Between the dates of a run: a comma, a semicolon, "и", "және", "мен". */
const JOIN = /\s*(?:[,;]|\s(?:и|және|мен)\s)\s*/u;

/**
 * "Публичные слушания проведены 3 раза: 18 марта, 10 июня и 4 ноября 2025 г.", "Қоғамдық тыңдаулар 3 рет өткізілді: 18
 * наурызда, 10 маусымда және 4 қарашада": a count, a colon, and nothing after it but dates of a day joined by commas
 * or "и" — one activity per date, titled by the words before the colon. A year written once, at the run's end or
 * start, is every date's. Empty unless every part is a date and nothing else, each of one day, and the count stated
 * before the colon is the number of dates (a run of dates that does not match its count is not understood).
 */
export function countedDates(text: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const colon = text.indexOf(':');
  if (colon < 0) return [];
  const tail = text.slice(colon + 1).replace(/[\s.;]+$/u, '');
  const masked = maskNeverCounts(text).slice(colon + 1, colon + 1 + tail.length);
  const cuts = matchesOf(masked, new RegExp(JOIN.source, 'gu'));
  if (cuts.length === 0) return [];
  const parts: string[] = [];
  let from = 0;
  for (const c of cuts) {
    parts.push(tail.slice(from, c.index));
    from = (c.index ?? 0) + c[0].length;
  }
  parts.push(tail.slice(from));
  // Each part wholly a date the masking took (digits and month words alike), "г."/"ж." at most after it.
  let at = 0;
  for (const part of parts) {
    const start = tail.indexOf(part, at);
    at = start + part.length;
    if (!/^\s*\uE000[\uE000\s]*(?:(?:г|ж)\.?)?\s*$/u.test(masked.slice(start, at))) return [];
  }
  const years = new Set(matchesOf(tail, /(?<!\d)(?:19|20)\d{2}(?!\d)/gu).map((m) => Number(m[0])));
  const y = years.size === 1 ? [...years][0] : year;
  const title = tidy(text.slice(0, colon));
  const out: { title: string; start: string; end: string }[] = [];
  for (const part of parts) {
    const d = parseDatePhrase(part, y);
    if (d === null || d.start !== d.end) return [];
    out.push({ title, ...d });
  }
  const stated = findCounts(maskNeverCounts(text.slice(0, colon))).map((c) => c.value);
  return out.length >= 2 && stated.includes(out.length) ? out : [];
}
