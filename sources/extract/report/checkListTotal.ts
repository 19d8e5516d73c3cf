import { findCounts } from '../grammar/findCounts.ts';
import { tidy } from '../toLines.ts';
import type { ExtractIssue, MetricId, ReportCandidate, ReportFigure } from '../types.ts';

/**
 * A list under a heading with a stated count ("Проведено 4 общественных
 * слушания на тему:") must have that many items; a list of an activity type
 * whose count is stated nowhere gives that count as the figure.
 */
export function checkListTotal(lines: string[], headingAt: number | null, count: number, metric: MetricId | null, bullet: boolean, figures: ReportFigure[], issues: ExtractIssue[], candidates: ReportCandidate[], listAt?: number, listEnd?: number): void {
  if (headingAt === null) return;
  const onHeading = figures.filter((f) => f.line === headingAt + 1);
  // A numbered list right under "… 7 комиссий по следующим направлениям:" counts those 7; a bulleted
  // list under "(проведено 17 заседаний):" lists the questions discussed, not the meetings.
  const lone = !bullet && onHeading.length === 1 && /:\s*$/.test(lines[headingAt]) ? onHeading[0] : undefined;
  const stated = onHeading.find((f) => f.metric === metric) ?? lone;
  if (stated) {
    if (stated.value !== count) issues.push({ line: headingAt + 1, message: `${stated.metric}: ${stated.value} stated, ${count} listed` });
    return;
  }
  if (!metric) return;
  const elsewhere = figures.find((f) => f.metric === metric);
  if (elsewhere) {
    if (elsewhere.value !== count) issues.push({ line: headingAt + 1, message: `${metric}: ${elsewhere.value} stated (line ${elsewhere.line}), ${count} listed` });
    return;
  }
  const listed = { metric, value: count, line: headingAt + 1, text: `${tidy(lines[headingAt]).slice(0, 250)} [${count} listed]` };
  // A count the text states only doubtfully (a candidate) is not replaced by the count of a list: both go to the review.
  if (candidates.some((c) => c.metric === metric)) candidates.push({ ...listed, why: 'counted from the list; the stated count is a candidate' });
  // "II. Есептерді тыңдау (4 есеп)" over two bullets of bodies ("аудандық бөлімдер (3): …", "ұйымдар (1): …"): the heading
  // states its own count, unread, and the items are groups, not the events: the list's count is no figure.
  // So does "Есептер тыңдалды – 3:" over two dated entries: a count after the heading's dash, unread, not the list's.
  else if (otherHeadingCount(lines[headingAt], count)) candidates.push({ ...listed, why: 'counted from the list; its heading states another count' });
  // "III. Заслушивание отчётов" / "Совет заслушал отчёты пяти руководителей. Это руководители четырёх отделов:" over four
  // bodies: the text between the heading and the list counts for itself, unread; the items may be the ones it names.
  else if (otherCountBetween(lines, headingAt, listAt, count)) candidates.push({ ...listed, why: 'counted from the list; the text above it states another count' });
  // "… мына лауазымды тұлғалар есеп берді:" over six dashes of people, then "Осылайша есеп берген … органдар мен ұйымдардың
  // жалпы саны он екіге (12) тең": the sentence summing the list counts something else than its items (bodies, not people).
  else if (otherSumAfter(lines, listEnd, count)) candidates.push({ ...listed, why: 'counted from the list; the sentence after it sums to another count' });
  else figures.push(listed);
}

/** A sentence that sums up what a list holds: "Осылайша …", "Барлығы …", "Таким образом …", "Итого …". */
const SUMMING = /^\s*(?:осылайша|сонымен|барлығы|жалпы|итого|всего|таким\s+образом|тем\s+самым|итак)(?![\p{L}])/iu;

/** Whether the sentence right after a list (0-based index of its last line) sums it up to a count other than the list's. */
function otherSumAfter(lines: string[], listEnd: number | undefined, count: number): boolean {
  if (listEnd === undefined) return false;
  const next = lines.slice(listEnd + 1, listEnd + 4);
  if (!SUMMING.test(next[0] ?? '')) return false;
  const sentence = /^[^.:;]*/u.exec(next.join(' '))![0];
  return findCounts(sentence, { kazakh: true }).some((c) => c.value !== count);
}

/** Whether the lines between a heading and its list (0-based heading, 1-based first item) state a count other than the list's. */
function otherCountBetween(lines: string[], headingAt: number, listAt: number | undefined, count: number): boolean {
  if (listAt === undefined || listAt - 1 <= headingAt + 1) return false;
  const between = lines.slice(headingAt + 1, listAt - 1).join(' ');
  return findCounts(between).some((c) => c.value !== count);
}

/**
 * Whether a heading holds a count in brackets ("(4 есеп)", "(6)") or after its dash at its end ("– 3:", "– всего 9:",
 * "– барлығы 9:") other than the list's. (Set 179's Kokpekty: "Общественный мониторинг – всего 11:" over eleven items, a reply
 * on top correcting it to 9 — the two postponed visits stay listed; the heading's count is the stated one.)
 */
function otherHeadingCount(heading: string, count: number): boolean {
  const m = /\(\s*(\d{1,4})(?:\s+\p{L}+)?\s*\)|\s[-–—]\s*(?:(?:всего|итого|барлығы|жалпы|барлық)\s+)?(\d{1,4})\s*[:.]?\s*$/iu.exec(heading);
  return m !== null && Number(m[1] ?? m[2]) !== count;
}
