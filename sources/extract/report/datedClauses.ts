import { findCounts } from '../grammar/findCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { tidy } from '../toLines.ts';
import { HELD_VERBS } from './activityLexicon.ts';

/** A clause's opening: the sentence's start (or its run-in heading's colon), a comma or semicolon, or "и", "және", "мен". */
const OPENING = /(?:^|[:,;]|\s(?:и|а\s+также|және|сондай-ақ|мен))\s*(?=\uE000)/gu;

/**
 * "Есептерді тыңдау: 18 ақпанда кеңес отырысында аудандық білім бөлімінің, 25 наурызда 2-комиссияның көшпелі отырысында
 * … бөлімінің есебі тыңдалды.", "12 марта – отдела образования, 14 мая – отдела ЖКХ заслушаны отчёты": one verb for
 * clauses that each open with their own day — one event per clause, titled by its words after the day. Only when every
 * clause opens with a day (no span of more than a week) and the clauses are as many as the sentence's count of the type,
 * or, with no count in the sentence, as the report's every count of it (`reported`); else none.
 */
export function datedClauses(text: string, year: number | undefined, reported: number[]): { title: string; start: string; end: string }[] {
  const out = clausesOfDays(text, year);
  // The one verb closes the last clause ("… бөлімінің есебі тыңдалды"); a verb before the colon ("2 дөңгелек үстел
  // өткізілді: 11.03.2025 ж. – «…», 09.09.2025 ж. – «…»") heads a list of items, datedItems' to read.
  if (out.length < 2 || !HELD_VERBS.test(out[out.length - 1].title) || HELD_VERBS.test(text.slice(0, Math.max(0, text.indexOf(':'))))) return [];
  // "2-комиссияның" is the commission's ordinal, no count of the sentence.
  const stated = findCounts(maskNeverCounts(text).replace(/\d+-(?=\p{L})/gu, (m) => ' '.repeat(m.length))).map((c) => c.value);
  const ofReport = stated.length === 0 && reported.length > 0 && reported.every((v) => v === out.length);
  return stated.includes(out.length) || ofReport ? out : [];
}

/**
 * The clauses of a text (after its colon, if any) each opening with its day, titled by their words after it: empty unless
 * the text opens with a day and every clause does, each a day's date (a span of a week at most).
 */
export function clausesOfDays(text: string, year: number | undefined): { title: string; start: string; end: string }[] {
  const masked = maskNeverCounts(text);
  const from = text.indexOf(':') + 1;
  const body = masked.slice(from);
  const opens = matchesOf(body, OPENING).map((m) => from + (m.index ?? 0) + m[0].length);
  // The first clause opens the sentence (or its list after the colon): words before the first day are another clause's.
  if (opens.length === 0 || body.slice(0, opens[0] - from).replace(/[\s:]/gu, '') !== '') return [];
  const out: { title: string; start: string; end: string }[] = [];
  for (const [k, at] of opens.entries()) {
    const end = k + 1 < opens.length ? opens[k + 1] : text.length;
    const run = /^\uE000[\uE000\s]*/u.exec(masked.slice(at, end))?.[0].trimEnd() ?? '';
    // "09.09.2025 ж.", "12.03.2025 г.": the year's mark goes with the date, not the title.
    const mark = /^\s*(?:ж|г)\.(?:\s|$)/u.exec(text.slice(at + run.length))?.[0].length ?? 0;
    // "05.03 – …": a day and month alone open the clause, of the period's year (as "05.03." is).
    const said = text.slice(at, at + run.length).trim();
    const dates = parseDatePhrase(/^\d{1,2}\.\d{2}$/u.test(said) ? `${said}.` : said, year);
    if (dates === null || (Date.parse(dates.end) - Date.parse(dates.start)) / 86_400_000 > 7) return [];
    const title = tidy(text.slice(at + run.length + mark, end).replace(/^[\s,–—-]+/u, '').replace(/[\s,;.]*(?:и|және|мен|а\s+также|сондай-ақ)?[\s,;.]*$/u, ''));
    if (title === '') return [];
    out.push({ title, ...dates });
  }
  return out;
}
