/**
 * Held-out set 156 (online-only and hybrid meetings), written blind in session 39 and scored on its last code (88.3 %,
 * 12 false values); fixed as classes in session 40 (sets40.test.ts): 99.2 %, none false. The departments and subordinate
 * organisations of a list of hearings under a heading of no count stay a candidate by set 8's convention, though the writer of
 * set 156 counted them (one report). "Рассмотрен 1 проект – …, одобрен без замечаний." after a run-in "НПА." label: its approval unread.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-156');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-ru-abai-youth-2026-9m': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-ru-shakhan-2026-h2': [
    'figure npa_approved',
  ],
};

describe('held-out set 156, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
