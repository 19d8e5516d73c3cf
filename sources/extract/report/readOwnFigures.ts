import type { ExtractIssue, ReportCandidate, ReportFigure } from '../types.ts';
import { reportAuthor } from './authorOf.ts';
import { commissionShares } from './commissionShare.ts';
import { setsCouncilApart } from './councilSetApart.ts';
import { readFigures } from './readFigures.ts';
import { type Period, monthsOf } from './readPeriod.ts';

/** A figure whose sentence names the council: the report states the council's own counts. */
const COUNCIL = /(?<![\p{L}])(?:[Сс]овет|СОВЕТ|[Кк]еңес|КЕҢЕС|ОСА?(?![\p{L}]))/u;

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
    const namesCouncil = asCouncil.some((f) => COUNCIL.test(f.text));
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
