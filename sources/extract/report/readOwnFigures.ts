import type { ExtractIssue, ReportCandidate, ReportFigure } from '../types.ts';
import { reportAuthor } from './authorOf.ts';
import { findCounts } from '../grammar/findCounts.ts';
import { isKazakh } from '../toLines.ts';
import { commissionShares } from './commissionShare.ts';
import { otherBodyOf } from './otherBodyOf.ts';
import { setsCouncilApart } from './councilSetApart.ts';
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

const BARE_MEETINGS = 'a commission\'s report: meetings that name no body are the commission\'s, not the council\'s general meetings';

/**
 * The report's figures, read for whose work it tells (report/authorOf). A
 * commission's report that counts only its own work ("комиссия провела 7
 * заседаний, 3 мониторинга") states the figures of its author; one that also
 * states the whole council's ("всего Советом проведено 16 мониторингов",
 * "всего в Совет – 94") is read as the council's, and the commission's counts
 * are a part of them: candidates, as in a council's report — unless the report
 * itself sets the council's apart ("справочно", "не входят в число заседаний
 * комиссии": report/councilSetApart), when the council's are the candidates.
 */
export function readOwnFigures(lines: string[], inTable: Set<number>, mediaLines: Set<number>, periodYears: number[], candidates: ReportCandidate[], issues: ExtractIssue[], period: Period | null): ReportFigure[] {
  const read = (own: boolean, into: ReportCandidate[], told: ExtractIssue[], apart = false) => readFigures(lines, inTable, mediaLines, periodYears, into, told, monthsOf(period), period, own, apart);
  if (reportAuthor(lines) === 'commission') {
    const ownCandidates: ReportCandidate[] = [];
    const ownIssues: ExtractIssue[] = [];
    const asCouncil = read(false, [], []);
    const namesCouncil = asCouncil.some(councilOwns);
    // The council's figures told beside the commission's, the report itself setting them apart ("справочно", "бұл
    // отырыстар комиссияның отырыстары болып саналмайды"): the commission's counts are still the report's own.
    const apart = namesCouncil && setsCouncilApart(lines);
    if (!namesCouncil || apart) {
      const own = read(true, ownCandidates, ownIssues, apart);
      candidates.push(...ownCandidates);
      issues.push(...ownIssues);
      // "(3 заседания • 2 мониторинга • 17 обращений)" under a commission's title: meetings that name no body are the
      // commission's own, never the council's general meetings; which they are is for a person to say.
      const bare = own.filter((f) => f.metric === 'general_meetings' && !COUNCIL.test(f.text));
      candidates.push(...bare.map((f) => ({ ...f, why: BARE_MEETINGS })));
      // "Кеңес бойынша барлығы 14 мониторинг …, оның 5-еуін біздің комиссия өткізді": the commission's share is its figure.
      const kept = own.filter((f) => !bare.includes(f));
      return [...kept, ...commissionShares(ownCandidates, kept)];
    }
  }
  return read(false, candidates, issues);
}
