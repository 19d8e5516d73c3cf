/**
 * Held-out set 178 (session 42), written blind: bilingual parallel documents — the same protocol or report in
 * Kazakh and Russian, each figure told twice. Scored blind on the session's start commit 081d4f2d: 276/322 = 85.7 % with
 * 3 FALSE values. After helper h-178 (bilingualRunningTotals42): 299/322 = 92.9 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-178');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-mendykara-2026-12-09': [
    'attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused',
  ],
  'report-kk-markakol-2026-h1': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-kk-zhangeldi-2026-h1': [
    'figure members_civil', 'figure departments_heard', 'activities monitoring', 'activities report_hearing',
    'activities public_hearing', 'activity monitoring 2026-02-11', 'activity report_hearing 2026-03-18',
    'activity monitoring 2026-04-22', 'activity public_hearing 2026-05-14',
  ],
  'report-ru-bokeyorda-2026-9m': [
    'figure members_total', 'figure members_civil', 'figure members_state',
  ],
  'report-ru-mendykara-2026': [
    'activities report_hearing', 'activities monitoring', 'activity report_hearing 2026-01-22',
    'activity monitoring 2026-05-13',
  ],
};

describe('held-out set 178, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
