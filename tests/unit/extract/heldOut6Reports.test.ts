/**
 * The reports of the sixth blind held-out set (issue 12, "Done when"): four
 * reports written by an agent that never saw the extractors — a Kazakh city
 * council's year with numbers in words and comparisons, a ministry's council
 * in Kazakh with Russian inserts, a rural council's half-year with its
 * activities as a dated table typed with pipes, and a commission's nine months
 * whose figures stand only in its conclusion. Blind, before any fix: 58.1 % of
 * 93 report fields, 3 false values (appeals with a part carried over from the
 * year before, Instagram's count as the total of publications, the bodies
 * heard as hearings). After the classes of tests/unit/extract/report/
 * heldOut6Classes.test.ts: 98.9 %, no false value. The protocols of the set
 * are another helper's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { heldOutCases, itScoresEachDocument, reportOf } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-6');
const reports = heldOutCases(DIR).filter((f) => f.startsWith('report-'));

// Report fields still missed, by document, with the reason; none is a false value. A change that loses or gains one shows here.
// ("«Қаратау таңы» газетінде 11 мақала" is read since set 7: one named outlet with a count is the platform "other".)
const MISSED: Record<string, string[]> = {};

const read = async (name: string) => (await reportOf(join(DIR, `${name}.txt`)));

describe('held-out documents (set 6), reports, seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 4, MISSED);

  it('appeals with a part carried over from 2024 are a candidate, the difference never stated; no platform is the total', async () => {
    const karatau = await read('report-kk-karatau-2025');
    const metrics = karatau.figures.map((f) => f.metric);
    expect(metrics).not.toContain('appeals_received');
    expect(metrics).not.toContain('publications');
    // for the part carried over, not for "бұл 2024 жылмен салыстырғанда 20 %-ға көп" (the change, told after the count)
    expect(karatau.candidates.find((c) => c.metric === 'appeals_received' && c.value === 63)?.why).toMatch(/carried over from an earlier period/);
    expect([...karatau.figures, ...karatau.candidates].some((x) => x.value === 56)).toBe(false);
    // the earlier year's 9 of the growth sentence and its 4-ке артты difference are nothing
    expect(karatau.figures.filter((f) => f.metric === 'monitorings').map((f) => f.value)).toEqual([14]);
    expect(karatau.figures.find((f) => f.metric === 'presidium_meetings')?.value).toBe(12);
  });

  it('the bodies heard are departments and subordinate organisations, never hearings', async () => {
    const agri = await read('report-kk-ministry-agri-2025');
    const f = Object.fromEntries(agri.figures.map((x) => [x.metric, x.value]));
    expect(f).toMatchObject({ departments_heard: 3, subordinate_orgs_heard: 2, npa_pending: 2, appeals_answered: 44 });
    expect(f.report_hearings).toBeUndefined();
    // "всего 112 проектов, из них 78 – приказы министра" is the ministry's, "охвачено 146 хозяйств" no count
    expect(agri.figures.some((x) => x.value === 112 || x.value === 78 || x.value === 146)).toBe(false);
    expect(agri.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual(['round_table 2025-03-12', 'monitoring 2025-04-07', 'public_hearing 2025-09-16']);
  });

  it('the dated table gives its eleven rows by the "Форма" column', async () => {
    const beskol = await read('report-ru-beskol-2025-h1');
    expect(beskol.activities.map((a) => `${a.type} ${a.date_start}`)).toEqual([
      'monitoring 2025-01-22', 'round_table 2025-02-06', 'monitoring 2025-02-19', 'report_hearing 2025-03-14', 'public_hearing 2025-04-03', 'monitoring 2025-04-14',
      'report_hearing 2025-04-25', 'seminar 2025-05-16', 'monitoring 2025-05-28', 'report_hearing 2025-06-11', 'round_table 2025-06-24',
    ]);
    // the row's "(5 маршрутов)" and the earlier half-year's counts are no figures
    expect(beskol.figures.some((f) => f.value === 5 && f.metric !== 'members_total')).toBe(false);
    // the "Итого" line agrees with the rows: no issue says otherwise; "(3 обращения)" of a topic is only an issue
    expect(beskol.issues.map((i) => i.message)).toEqual(['appeals_received stated as 6 (line 32) and 3 (line 34); the first is kept']);
  });

  it("the commission's own report: its conclusion's counts are figures, the year before's candidates", async () => {
    const youth = await read('report-ru-kostanay-youth-2025-9m');
    expect(Object.fromEntries(youth.figures.map((x) => [x.metric, x.value]))).toEqual({
      commission_meetings: 7, monitorings: 3, round_tables: 2, seminars: 1, npa_reviewed: 11, npa_with_remarks: 4, appeals_received: 14, appeals_answered: 12,
    });
    expect(youth.candidates.map((c) => `${c.metric}=${c.value}`).sort()).toEqual(['general_meetings=5', 'monitorings=1']);
  });
});
