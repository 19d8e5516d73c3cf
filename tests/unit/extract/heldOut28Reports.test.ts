/**
 * The reports of the twenty-eighth blind held-out set (issue 12, "Done when"), written to try layouts: transposed tables
 * (quarters as rows, metrics as columns, units in the header, the total row first, a money column), a Telegram channel
 * digest (the period split over three posts, a forwarded post of another council), a press release with figures in its
 * headlines, Russian and Kazakh paragraphs alternating (PDF), an indicator sheet whose footnotes correct two printed
 * figures, a table per commission with the council's БАРЛЫҒЫ row first. Scored blind at the start of session 11 (the
 * whole set 175/249, 70.3 %, 16 false; the reports 70/121 with 5 false); fixed since by class. The misses below.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-28');

const MISSED: Record<string, string[]> = {
  // A district akimat heard, told in prose under the tables, one by one (the subordinate organisation is read since
  // session 25: heard25.test.ts).
  'report-ru-aktobe-oblast-2025-h1': ['figure district_akimats_heard'],
  // ("Меморандумы в отчетном году не заключались" / "Есепті жылы меморандумдар жасалған жоқ" is read now: the verbs of
  // memoranda none concluded are nones' verbs, noneHeldVerbs.ts.)
  'report-mixed-kokshetau-2025': [],
  // "в трех постоянных комиссиях": a count after a preposition is a circumstance for kenes, never the count stated.
  // (commissions, "работал в трех постоянных комиссиях", read since session 20.)
  // Bodies heard named, not counted. ("қоғамдық тыңдаулар және дөңгелек үстелдер өткізілген жоқ", two kinds under one none,
  // read since session 14: report/noneOfSeveralKinds.test.ts.)
  'report-kk-taldykorgan-2025-q2': ['figure departments_heard', 'figure subordinate_orgs_heard'],
};

describe('held-out reports (set 28), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 6, MISSED);
});
