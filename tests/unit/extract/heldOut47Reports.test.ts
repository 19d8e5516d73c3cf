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
  // Session 17: the Russian reports' misses analysed by class (report/reports47classesRu.test.ts): 62/122 → 119/122;
  // Bokeikhan and Samar miss nothing now.
  'report-ru-abai-district-2025-h1': [
    // "из Совета никто не выбывал, новые члены не вводились": a membership's none is a candidate by design (readStatedNone
    // MEMBERSHIP) — the writers disagree whether an unchanged membership states 0 (sets 4, 10 leave it out; 11 and later count it).
    'figure members_left', 'figure members_joined',
    // "29 мая проведён круглый стол «…», в нём приняли участие 42 человека": one round table told by its day and no count —
    // set 15 (Aksay) leaves exactly that out, so it is a candidate (report/singleEvents DISAGREED), never a figure.
    'figure round_tables',
  ],
};

describe('held-out reports (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
