/**
 * The thirty-seventh blind held-out set's reports (issue 12, session 13): ordinary documents of ten district councils
 * not used before (Shemonaikha, Irtysh, Martuk, Baidibek, Talas, Alakol; Shortandy, Mamlyut, Makat, Kerbulak), ru/kk,
 * one .docx and one .pdf. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-37');

// Scored blind in session 13 (83.2 % of 322 fields, 3 false values); fixed against then for three classes only (an
// absence "причина отсутствия не известна" is unexcused: unknownReason.test.ts; a list under text that counts for
// itself is a candidate: report/listUnderCountedText.test.ts; the newspaper's "2 мақала" added to Talas' expected, see
// its notes). The misses below are NOT analysed yet: pinned as they stand, so that a change that loses a field or states
// a false one shows; each wants its class found and fixed (next session).
const MISSED: Record<string, string[]> = {
  // Kazakh reports analysed in session 14 (classes in report/reports37kkClasses.test.ts). Talas' "Азаматтардан түскен
  // өтініштер саны – 12, барлығы жеке тұлғалардан": the kind said of all of them with no number of it is a candidate by
  // the convention of sets 4 and 15 (report/allOfOneKind.ts; kenes offers 12 for review), where this set's author counts it.
  'report-kk-talas-2025-9m': ['figure appeals_individuals'],
  'report-ru-irtysh-2025-h1': [
    'figure members_joined', 'figure report_hearings', 'figure departments_heard', 'figure monitorings',
    'figure public_hearings', 'figure seminars', 'figure npa_with_remarks', 'figure appeals_individuals',
    'figure appeals_answered', 'activities monitoring', 'activities public_hearing', 'activities report_hearing',
    'activity monitoring 2025-02-18', 'activity monitoring 2025-04-15', 'activity monitoring 2025-05-20',
    'activity monitoring 2025-06-11', 'activity public_hearing 2025-04-22', 'activity report_hearing 2025-03-27',
    'activity report_hearing 2025-06-19', 'activity report_hearing 2025-06-19',
  ],
  'report-ru-martuk-2025-q3': [
    'figure members_left', 'figure members_joined', 'figure general_meetings', 'figure report_hearings',
    'figure departments_heard', 'figure npa_reviewed', 'figure appeals_individuals',
  ],
  'report-ru-shemonaikha-2025': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure commission_meetings',
    'figure report_hearings', 'figure departments_heard', 'figure subordinate_orgs_heard', 'figure npa_reviewed',
    'figure npa_approved', 'figure letters_answered',
  ],
};

describe('held-out reports (set 37), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 6, MISSED);
});
