/**
 * The fifty-sixth blind held-out set (session 21): public councils of REPUBLICAN bodies in Astana (the Ministries of
 * Labour, Ecology, Health, Science, Enlightenment, Agriculture; the Health Ministry's Sanitary-Epidemiological Control
 * Committee and the Finance Ministry's State Revenue Committee), 2025 and its parts. Scored blind on the session's
 * start commit 0121a5f: 296/358 with 5 false (ksek's body read as a committee from its host "при Комитете" and its
 * online member, named in a sentence apart from the list, not marked; minzdrav's bare "отсутствовал" read as of no
 * kind; minselhoz's 27 drafts SENT read as reviewed and another council's 2 seminars as the council's) and 2 activity
 * types read long (minzdrav-h1's commission table read as hearings, minenbek's "Отчётное слушание" rows as public
 * hearings). With those fixed as classes (sets5657classes.test.ts) 305/358, none read long. The bare "отсутствовал" stays of no known kind
 * (set 4's writer says so, this set's that it is unexcused): the scorer counts a differing count of unexcused as a miss
 * where an absentee's kind is not known (tests/helpers/scoreExtract.ts), 305/358 with none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-56');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-ru-minzdrav-2025-09-30': [
    'absentees_unexcused',
  ],
  'report-kk-minselhoz-2025': [
    'activities monitoring', 'activities public_hearing', 'activity monitoring 2025-07-17', 'activity public_hearing 2025-03-11', 'activity public_hearing 2025-10-20',
  ],
  'report-kk-minzdrav-2025-h1': [
    'figure subordinate_orgs_heard', 'figure public_hearings',
  ],
  'report-ru-kgd-2025': [
    'figure subordinate_orgs_heard', 'activities round_table', 'activity round_table 2025-03-12', 'activity round_table 2025-09-04', 'activity round_table 2025-11-20',
  ],
  'report-ru-minenbek-2025-9m': [
    'figure appeals_answered',
  ],
  'report-ru-minprosv-2025-q1': [
    'activities report_hearing',
  ],
};

describe('held-out set 56, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
