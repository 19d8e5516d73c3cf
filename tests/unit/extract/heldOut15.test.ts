/**
 * The fifteenth blind held-out set (issue 12, "Done when"): district and city councils and a ministry as their
 * secretaries write — each member's status at the end of a numbered line, four votes on draft documents in one
 * fixed-width block, those present as initials grouped by format with counts in brackets, a presidium's .docx
 * participation column, a Kazakh "Негізгі көрсеткіштер" list, sections per direction of work, a tab table of dated
 * events, a half-page Kazakh note. Written by an agent that never saw the extractors; scored at the end of session 8
 * after sets 11–14 were fixed. Blind: 77.2 % of 272 fields, 12 false values. Its false values fixed as classes
 * (protocol15, report/reports15a, report/reports15b) in a short last round; the misses left are pinned below with
 * why — none analysed to the end, none a false value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';
import { itScoresWithMembershipZeros, reportsBut } from './unchangedMembership.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-15');

const MISSED: Record<string, string[]> = {
  // (Every member under "Список членов совета:" with the status at the end of the line, "– присутствовала (онлайн)",
  // "– отсутствовал, причина не сообщена", is read since: readStatusRoll.ts.)
  // "ветеринария бөлімінің есебі тыңдалды": one report heard told with no number; "Әлеуметтік желілерде (Instagram,
  // Facebook) 19 жарияланым": a count of social networks is a part, not the total, elsewhere — the expected may be wrong.
  'report-kk-baiganin-2025-q3': ['figure report_hearings', 'figure departments_heard', 'figure publications'],
  // "Негізгі көрсеткіштер": a row's head figure lost when a bracket ("(30.06.2025 жағдай бойынша)", "(өз өтінішімен)",
  // "(Instagram – 31, Facebook – 17)") or "оның ішінде" follows it — not analysed to the end.
  // (The parts in a row's bracket, "– 17 (жеке тұлғалардан – 14, заңды тұлғалардан – 3)", and the publications broken
  // down in a bracket after their count are now read; so is "Кеңес мүшелерінің саны", session 13.)
  // (figure npa_reviewed: read since session 25, report/draftClauses.ts.)
  'report-kk-kazaly-2025-h1': [],
  // "заслушаны 4 отчета: руководителей отдела …, отдела …, отдела …, а также КГП …": kinds counted from a list's items.
  'report-mixed-aksay-2025-h1': [],
  // "из которых 15 представляют …, а 6 – государственные органы"; "Еще 2 проекта … остаются на рассмотрении"; a dated
  // list typed "– 20 февраля – круглый стол «…»;" (dash, date, dash) is not read.
  // (figure npa_pending: read since session 25, report/draftClauses.ts.)
  'report-ru-arkalyk-2025': [],
};

describe('held-out documents (set 15), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, reportsBut(DIR, 'report-mixed-aksay-2025-h1'), 4, MISSED);
  itScoresWithMembershipZeros(DIR, 'report-mixed-aksay-2025-h1', ['members_joined', 'members_left'], MISSED['report-mixed-aksay-2025-h1'] ?? []);

  it('Zhitikara: two commissions "and a working group acting as a commission" is a count to confirm, not a figure', async () => {
    const x = parseReport(await readDocumentText(join(DIR, 'report-ru-zhitikara-2025-9m.txt')));
    expect(x.figures.find((f) => f.metric === 'commissions')).toBeUndefined();
    expect(x.candidates.some((c) => c.metric === 'commissions' && c.value === 2)).toBe(true);
  });
});
