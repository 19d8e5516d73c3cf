import { sentencesOf } from '../grammar/sentencesOf.ts';
import { tidy } from '../toLines.ts';
import type { MetricId, ReportCandidate, ReportFigure } from '../types.ts';
import { runningLines } from './runningLines.ts';

/** An item that is one draft: "проект решения маслихата …", "аудандық мәслихат шешімінің жобасы …". */
const ONE_DRAFT = /^(?:проект\s|[^;]{0,120}?(?<![\p{L}])жобасы(?![\p{L}]))/iu;
/** Drafts in the plural inside an item ("проекты решений …", "жобалары"): the item is more than one. */
const SEVERAL = /(?<![\p{L}])(?:проект(?:ы|ов)|жобалар[\p{L}]*)(?![\p{L}])/iu;

/** A draft's result: with remarks, or approved without; "одобрен" alone is approved. */
const WITH_REMARKS = /(?<![\p{L}])(?:с\s+замечани[\p{L}]*|заключени[\p{L}]*\s+с\s+замечани|ескертулер(?:мен|і\s+берілді)|ескертпелер(?:мен|і\s+берілді))/iu;
const APPROVED = /(?<![\p{L}])(?:без\s+замечаний|одобрен[\p{L}]*|поддержан[\p{L}]*|ескертусіз|ескертпесіз|мақұлданды)(?![\p{L}])/iu;
/** A draft still without a result, or turned down: an item of neither kind counted here. */
const NO_RESULT = /(?<![\p{L}])(?:не\s+одобрен|отклон[её]н|на\s+рассмотрении|в\s+работе|мақұлданбады|қаралуда)/iu;

/**
 * The drafts a count of reviewed acts lists one by one with their result: "Рассмотрено 2 проекта нормативных правовых
 * актов: проект решения маслихата … – одобрен без замечаний; проект постановления акимата … – одобрен с замечаниями (3
 * замечания)."; "2 НҚА жобасы қаралды: мәслихат шешімінің жобасы – ескертусіз мақұлданды; әкімдік қаулысының жобасы –
 * ескертулермен мақұлданды." Only when the items (split at ";") are exactly the count, each one draft with a result told:
 * the approved and those with remarks are counted (a kind none of them is stays unstated). A count of either stated (or
 * offered) already, an item of several drafts, one turned down or pending, or items of another number: nothing.
 */
export function readDraftsListed(lines: string[], figures: ReportFigure[], candidates: ReportCandidate[]): ReportFigure[] {
  const reviewed = figures.find((f) => f.metric === 'npa_reviewed');
  if (reviewed === undefined || reviewed.value < 2 || [...figures, ...candidates].some((f) => f.metric === 'npa_approved' || f.metric === 'npa_with_remarks')) return [];
  const units = runningLines(lines, new Set());
  let n = units.findIndex((u) => reviewed.line - 1 >= u.first && reviewed.line - 1 < u.first + u.starts.length);
  if (n < 0) return [];
  let text = units[n].text.slice(units[n].starts[reviewed.line - 1 - units[n].first]);
  // An item ended with ";" at a line's end goes on in the next run of lines ("… – одобрен без замечаний;" / "проект …").
  while (/;\s*$/u.test(text) && units[n + 1] !== undefined && units[n + 1].first === units[n].first + units[n].starts.length) text += ` ${units[++n].text}`;
  text = tidy(text);
  const colon = text.indexOf(':');
  if (colon < 0) return [];
  const list = sentencesOf(text.slice(colon + 1).trim())[0]?.text.replace(/[.\s]+$/u, '') ?? '';
  const items = list.split(/\s*;\s*/u).filter((i) => i !== '');
  if (items.length !== reviewed.value || !items.every((i) => ONE_DRAFT.test(i) && !SEVERAL.test(i) && !NO_RESULT.test(i))) return [];
  const results = items.map((i) => (WITH_REMARKS.test(i) ? 'npa_with_remarks' : APPROVED.test(i) ? 'npa_approved' : null));
  if (results.includes(null)) return [];
  const of = (metric: MetricId) => results.filter((r) => r === metric).length;
  return (['npa_approved', 'npa_with_remarks'] as const).filter((m) => of(m) > 0).map((metric) => ({ metric, value: of(metric), line: reviewed.line, text: text.slice(0, 300) }));
}
