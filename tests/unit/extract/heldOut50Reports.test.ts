/**
 * The fiftieth blind held-out set's reports (sessions 18–19): a rural okrug's Kazakh quarter (Kulan), a Kazakh town's annual
 * report with its table of quarters (Lenger), a Russian nine-month letter with last year's bracket beside a platform
 * (Kazalinsk), a Russian annual report with a plan / fact table (Sholakkorgan), a Word half-year report (Shymkent
 * Al-Farabi). Scored on session 19's start commit (079e70d): 147/205 with 1 false (Kazalinsk's Facebook 21, last year's
 * publications in its bracket); the guard's classes of session 19 (report/reports50guard.test.ts): 158/205, none false.
 * What is left: dated events and bodies heard named one by one (other readers'), and the counts below.
 * After the merge of session 19's helpers (guard, tables, dates: report/reports50guard.test.ts, reports51dates.test.ts):
 * 196/205, none false — every dated activity right; what is left is figures told in sentences (bodies heard one by one,
 * members who joined or left told with a month, npa approved).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-50');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-kk-kulan-2025-q3': [
    'figure npa_approved',
  ],
  'report-ru-kazalinsk-2025-9m': [
    // (figure npa_approved: read since session 25, report/draftClauses.ts.)
    'figure general_meetings', 'figure appeals_answered',
  ],
  'report-ru-sholakkorgan-2025': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-ru-shymkent-alfarabi-2025-h1': [
    'figure departments_heard', 'figure seminars',
  ],
};

describe('held-out reports (set 50), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
