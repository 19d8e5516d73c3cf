/**
 * Held-out set 180 (session 42), written blind: voting in stages — за основу / в целом, amendments, alternatives,
 * procedural votes. Scored blind on the session's start commit 081d4f2d: 331/378 = 87.6 % with 2 FALSE values. After
 * helper h-180 (votingInStages42) and a list typed item by item (commissionDocuments42): 366/378 = 96.8 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-180');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-kk-kabanbay-2026-h1': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure appeals_answered', 'figure letters_answered',
    'activities dialog_platform', 'activity dialog_platform 2026-05-28',
  ],
  'report-kk-shubarshi-2026-q3': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure npa_reviewed', 'activities dialog_platform',
    'activity dialog_platform 2026-08-27',
  ],
  'report-kk-zhezdi-2026': [
    'figure subordinate_orgs_heard',
  ],
};

describe('held-out set 180, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
