/**
 * Held-out set 131, written blind in session 36 by a writer who never saw kenes' code: ORDINAL AND SERIAL NUMBERS THAT
 * ARE NOT COUNTS beside counts told in words. Scored on the start commit of session 36: 89.3 % with 3 false values;
 * after session 36's classes 93.9 % with 1; session 37 ("біреуі 2 ескертумен мақұлданды" counts one draft's remarks,
 * no drafts): 94.2 % with none.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-131');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-karabulak-2026-10-08': [],
  'report-kk-karabulak-2026-9m': [
    'figure npa_pending', 'figure public_hearings',
  ],
  'report-kk-narynkol-2026-11': [
    'figure report_hearings', 'figure departments_heard', 'figure letters_answered', 'activities report_hearing', 'activity report_hearing 2026-11-26',
  ],
  'report-kk-saryozek-2026-h1': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure appeals_individuals',
  ],
  'report-ru-balpyk-bi-2026-q3': [
    'figure appeals_answered', 'activities monitoring', 'activity monitoring 2026-07-16', 'activity monitoring 2026-08-06', 'activity monitoring 2026-09-03',
  ],
  'report-ru-otegen-batyr-2026-10': [
    'figure members_joined', 'figure members_left', 'figure members_civil', 'figure members_state',
  ],
};

describe('held-out set 131, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
