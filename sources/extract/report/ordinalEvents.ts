import { lowerCase } from '../grammar/lowerCase.ts';
import { maskNeverCounts } from '../maskNeverCounts.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { sentencesOf } from '../grammar/sentencesOf.ts';
import { parseDatePhrase } from '../parseDatePhrase.ts';
import { ordinalNumber } from '../protocol/countQuestionSections.ts';
import { tidy } from '../toLines.ts';
import type { ReportActivity, ReportFigure } from '../types.ts';
import { ACTIVITY_PHRASES } from './activityLexicon.ts';

/** The most events told by ordinals: "Жетіншісі", "Седьмой". */
const MOST = 7;
/** The number of the ordinal opening a sentence ("Біріншісі …", "Второй – …"), or null. */
const ordinalOpening = (text: string) => {
  const word = /^[\p{L}]+/u.exec(text.trim())?.[0];
  return word === undefined ? null : ordinalNumber(lowerCase(word));
};

/** "2025.10.08": a date written year first, which parseDatePhrase does not take, turned day first. */
const dayFirst = (text: string) => text.replace(/(?<![\d.])((?:19|20)\d{2})\.(\d{2})\.(\d{2})(?![\d.])/gu, '$3.$2.$1');

/** "Дөңгелек үстел біреу ғана – қыркүйектің 18-інде, …": the one event's date right after the dash that follows its count. */
// "Слушания Совет проводил однажды — 14 мая", "бір рет – 14 мамырда", "один раз – 27 мая": the times' adverb too.
const ONE_THEN_DATE = /(?:біреу|бір(?:\s+рет)?|один(?:\s+раз)?|одна|одно|однажды|единожды|1)(?:\s+ғана)?\s+[-–—]\s+(.{4,40})/iu;

/**
 * The events a stated count of a kind tells one by one in the sentences after it, each opened by its ordinal: "Мониторинг
 * – төртеу. Біріншісі шілденің 15-інде, … Екіншісі тамыздың 20-сында, … Үшіншісі 2025.10.08 – … Төртіншісі қарашаның
 * 26-сында, …", "Мониторингов – три. Первый – 12 марта, …". Only when the ordinals run 1…N for the count N, each with a
 * date, and no event of that kind is read already; a count of one whose date follows its dash ("біреу ғана –
 * қыркүйектің 18-інде") is that one event. Anything else: nothing (the count stays, the events are not guessed).
 */
export function readOrdinalEvents(lines: string[], year: number | undefined, figures: ReportFigure[], activities: ReportActivity[]): ReportActivity[] {
  const out: ReportActivity[] = [];
  for (const f of figures) {
    const kind = ACTIVITY_PHRASES.find((w) => w.metric === f.metric);
    if (kind === undefined || f.value < 1 || f.value > MOST || [...activities, ...out].some((a) => a.type === kind.type)) continue;
    const after = sentencesAfter(lines, f.line - 1, f.text);
    if (after === null) continue;
    if (f.value === 1) {
      const one = ONE_THEN_DATE.exec(after.own);
      const date = one === null ? null : parseDatePhrase(dayFirst(one[1]), year);
      if (date !== null) out.push({ type: kind.type, title: tidy(after.own).slice(0, 300), date_start: date.start, date_end: date.end, line: f.line });
      continue;
    }
    const told: ReportActivity[] = [];
    for (const [n, s] of after.next.slice(0, f.value).entries()) {
      const date = ordinalOpening(s.text) === n + 1 ? parseDatePhrase(dayFirst(s.text), year) : null;
      if (date === null) break;
      told.push({ type: kind.type, title: tidy(s.text).slice(0, 300), date_start: date.start, date_end: date.end, line: s.line });
    }
    // A further ordinal after the N-th: the count and the events disagree, so neither is taken for the other.
    const more = after.next[f.value];
    if (told.length === f.value && !(more && ordinalOpening(more.text) === f.value + 1)) out.push(...told);
    else if (told.length <= 1) out.push(...clausesOfFirst(after.next[0], f.value, year, kind.type));
  }
  return out;
}

/**
 * The events told in one sentence after their count, its clauses split by semicolons, the first opened by its ordinal:
 * "Первый раз — 11 марта, …; затем 22 апреля — …; 17 июня — …; 9 сентября — …; последний, 25 ноября, …", "Біріншісі –
 * 11 наурызда …; одан кейін 22 сәуірде …; соңғысы 25 қарашада …". Only when the clauses are exactly the count and each
 * holds one day of a month and no other number ("11 и 12 марта" is two days); else nothing.
 */
function clausesOfFirst(sentence: { text: string; line: number } | undefined, count: number, year: number | undefined, type: ReportActivity['type']): ReportActivity[] {
  if (sentence === undefined || ordinalOpening(sentence.text) !== 1) return [];
  const clauses = sentence.text.split(';');
  if (clauses.length !== count) return [];
  const out: ReportActivity[] = [];
  for (const clause of clauses) {
    const date = parseDatePhrase(dayFirst(clause), year);
    const masked = maskNeverCounts(clause);
    const runs = matchesOf(masked, MASKED);
    const run = runs.length === 1 ? clause.slice(runs[0].index ?? 0, (runs[0].index ?? 0) + runs[0][0].length) : '';
    if (date === null || date.start !== date.end || run === '' || TWO_DAYS.test(run) || /\d/u.test(masked)) return [];
    out.push({ type, title: tidy(clause).slice(0, 300), date_start: date.start, date_end: date.end, line: sentence.line });
  }
  return out;
}
/** A masked date or other never-count (a run of \uE000): one, and only one, in each clause. */
const MASKED = /\uE000[\uE000\s]*/gu;
/** A masked run of two days: "11 и 12 марта", "11, 12 наурыз". */
const TWO_DAYS = /\s(?:и|және|мен)\s|,/u;

/** The figure's own sentence on its line, and the sentences after it up to the paragraph's end (a blank line). */
export function sentencesAfter(lines: string[], at: number, text: string): { own: string; next: { text: string; line: number }[] } | null {
  const own = sentencesOf(lines[at] ?? '').find((s) => tidy(s.text).startsWith(tidy(text).slice(0, 20)) || tidy(text).startsWith(tidy(s.text).slice(0, 20)));
  if (own === undefined) return null;
  // The paragraph's text from the figure's sentence on, each sentence with the line it starts on.
  const parts: { text: string; line: number }[] = [];
  let joined = '';
  const starts: { offset: number; line: number }[] = [];
  for (let k = at; k < lines.length && lines[k].trim() !== ''; k++) {
    const piece = k === at ? lines[k].slice(own.start) : lines[k].trim();
    starts.push({ offset: joined.length + (joined === '' ? 0 : 1), line: k + 1 });
    joined = joined === '' ? piece : `${joined} ${piece}`;
  }
  for (const s of sentencesOf(joined)) parts.push({ text: s.text, line: [...starts].reverse().find((x) => x.offset <= s.start)?.line ?? at + 1 });
  return { own: parts[0]?.text ?? own.text, next: parts.slice(1) };
}
