import type { ExtractIssue, ReportCandidate, ReportFigure } from '../types.ts';
import { type ReportAuthor, reportAuthor } from './authorOf.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { isKazakh } from '../toLines.ts';
import { COMPOSITION, commissionShares } from './commissionShare.ts';
import { otherBodyOf } from './otherBodyOf.ts';
import { readFigures } from './readFigures.ts';
import { type Period, monthsOf } from './readPeriod.ts';

/** A figure whose sentence names the council: the report states the council's own counts. */
const COUNCIL = /(?<![\p{L}])(?:[Сс]овет|СОВЕТ|[Кк]еңес|КЕҢЕС|ОСА?(?![\p{L}]))/u;

/**
 * A figure the council's own: its sentence names the council as the owner of its count ("Кеңестің өзі алты отырыс
 * өткізді", "всего Советом заслушано 19 отчетов") — not the council named about something else ("Комиссия жұмысы туралы
 * кеңестің әлеуметтік желілерінде 11 жарияланым шықты": the council's pages, the commission's publications). A count
 * not found again in its sentence (another form of it) keeps the word's test.
 */
function councilOwns(f: ReportFigure): boolean {
  // A commission's publications go out on the council's pages ("кеңестің әлеуметтік желілерінде", "Instagram-страница
  // Совета – 7"): the council named there is the place, never the owner.
  if (f.metric === 'publications' || !COUNCIL.test(f.text)) return false;
  const spans = findCounts(f.text, { kazakh: isKazakh(f.text) }).filter((c) => c.value === f.value);
  if (spans.length === 0) return true;
  return spans.some((c) => {
    const body = otherBodyOf(f.text, c.start, c.end, f.metric, true);
    return body !== null && COUNCIL.test(body);
  });
}

const COMPOSITION_WHY = 'a commission\'s report: the council\'s commissions and members are no figure of the commission\'s work';
const BARE_MEETINGS = 'a commission\'s report: meetings that name no body are the commission\'s, not the council\'s general meetings';

/**
 * The report's figures, read for whose work it tells (report/authorOf). A
 * commission's report states its author's figures ("комиссия провела 7
 * заседаний, 3 мониторинга"); the whole council's counts it gives beside its
 * own ("всего Советом проведено 16 мониторингов", "всего в Совет – 94",
 * "Напомню, что в целом Общественным советом проведено 6 заседаний") are
 * another body's — candidates — and the commission's share of one ("из них 4 –
 * нашей комиссией") its figure (session 30's convention, set 177; sets 3 and
 * 39, written before it, were rewritten to it in session 42).
 */
export function readOwnFigures(lines: string[], inTable: Set<number>, mediaLines: Set<number>, periodYears: number[], candidates: ReportCandidate[], issues: ExtractIssue[], period: Period | null, author: ReportAuthor = reportAuthor(lines)): ReportFigure[] {
  const read = (own: boolean, into: ReportCandidate[], told: ExtractIssue[], apart = false) => readFigures(lines, inTable, mediaLines, periodYears, into, told, monthsOf(period), period, own, apart);
  if (author !== 'commission') return read(false, candidates, issues);
  const ownCandidates: ReportCandidate[] = [];
  // Whether the report names the council as the owner of a count: then the council's counts are set apart as another body's.
  const namesCouncil = read(false, [], []).some(councilOwns);
  const own = read(true, ownCandidates, issues, namesCouncil);
  candidates.push(...ownCandidates);
  // "(3 заседания • 2 мониторинга • 17 обращений)" under a commission's title: meetings that name no body are the
  // commission's own, never the council's general meetings; which they are is for a person to say.
  const bare = own.filter((f) => f.metric === 'general_meetings' && !COUNCIL.test(f.text));
  candidates.push(...bare.map((f) => ({ ...f, why: BARE_MEETINGS })));
  // "* Кеңестің барлық үш комиссиясының отырыстары." (set 39): the council's commissions and members are its composition,
  // never a commission's work — no figure of a commission's report (sets 75, 82).
  const composition = own.filter((f) => COMPOSITION.has(f.metric));
  candidates.push(...composition.map((f) => ({ ...f, why: COMPOSITION_WHY })));
  // "Кеңес бойынша барлығы 14 мониторинг …, оның 5-еуін біздің комиссия өткізді": the commission's share is its figure.
  const kept = own.filter((f) => !bare.includes(f) && !composition.includes(f));
  return [...kept, ...commissionShares(ownCandidates, kept)];
}
