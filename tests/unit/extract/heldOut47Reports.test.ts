/**
 * The forty-seventh blind held-out set's reports (issue 12, session 16): ordinary documents of ten eastern and
 * south-eastern district councils, written while sets 44–46 were fixed. See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-47');

// The whole set scored blind: 192/353 (54.4 %) with 20 false values on the session's start commit (cdf47d2), 199/353 with
// 23 after sets 44–46's classes; its false values then fixed by class (report/reports47falseValues.test.ts): 233/353, none.
// The misses below are pinned UNANALYSED: no one has yet found each one's class and why (the next session's first work).
const MISSED: Record<string, string[]> = {
  'report-kk-bakanas-2025-h1': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure members_joined',
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure monitorings', 'figure dialog_platforms',
    'figure npa_approved', 'figure npa_pending', 'figure appeals_individuals', 'figure letters_answered',
    'activities monitoring', 'activity monitoring 2025-06-05',
  ],
  'report-kk-makanshy-2025': [
    'figure general_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure departments_heard',
    'figure subordinate_orgs_heard', 'figure monitorings', 'figure round_tables', 'figure public_hearings',
    'figure npa_reviewed', 'figure npa_approved', 'figure npa_with_remarks', 'figure appeals_individuals',
    'figure appeals_answered', 'figure publications', 'figure members_left', 'figure members_joined',
    'figure members_total', 'activities monitoring', 'activities round_table', 'activity monitoring 2025-10-22',
    'activity monitoring 2025-08-28', 'activity round_table 2025-02-27', 'activity round_table 2025-09-25',
  ],
  'report-ru-abai-district-2025-h1': [
    'figure members_left', 'figure members_joined', 'figure departments_heard', 'figure subordinate_orgs_heard',
    'figure round_tables', 'figure npa_reviewed',
  ],
  'report-ru-bokeikhan-2025': [
    'figure presidium_meetings', 'figure departments_heard', 'figure public_hearings', 'figure npa_reviewed',
    'figure appeals_answered', 'figure members_left', 'figure members_total', 'figure members_civil',
    'figure members_state', 'media instagram.publications', 'activities report_hearing', 'activities monitoring',
    'activities round_table', 'activity report_hearing 2025-01-23', 'activity report_hearing 2025-02-20',
    'activity report_hearing 2025-04-10', 'activity report_hearing 2025-04-24', 'activity report_hearing 2025-06-26',
    'activity report_hearing 2025-10-16', 'activity monitoring 2025-02-06', 'activity monitoring 2025-07-03',
    'activity monitoring 2025-08-14', 'activity round_table 2025-04-17', 'activity round_table 2025-11-20',
  ],
  'report-ru-samar-2025': [
    'figure presidium_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure departments_heard',
    'figure subordinate_orgs_heard', 'figure monitorings', 'figure public_hearings', 'figure round_tables',
    'figure npa_approved', 'figure npa_with_remarks', 'figure appeals_individuals', 'figure appeals_legal_entities',
    'figure appeals_answered', 'figure letters_sent', 'figure letters_answered', 'figure members_left',
    'figure members_joined', 'figure members_state', 'activities monitoring', 'activities public_hearing',
    'activities round_table', 'activity monitoring 2025-03-11', 'activity monitoring 2025-04-22',
    'activity monitoring 2025-06-17', 'activity monitoring 2025-09-09', 'activity monitoring 2025-11-25',
    'activity public_hearing 2025-05-14', 'activity round_table 2025-02-26', 'activity round_table 2025-10-30',
  ],
};

describe('held-out reports (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
