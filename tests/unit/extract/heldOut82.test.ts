/**
 * The eighty-second blind held-out set (session 29): the work of standing commissions and working groups (Taraz, Aktau,
 * Petropavl, Oskemen, Aktobe): commissions' protocols and reports beside the council's own figures. Scored blind on the
 * session's start commit 6d5825db: 232/312 = 74.4 %, eight FALSE values (one the writer's body against DESIGN.md's form,
 * corrected).
 * At the end of session 29 (its classes and its helpers'): 270/312 = 86.5 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-82');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-ru-taraz-commission2-2026-09-16': [
    'members_total',
  ],
  'report-kk-aktau-commission-2026-q3': [
    'figure departments_heard', 'activities report_hearing', 'activities monitoring', 'activity report_hearing 2026-08-12',
  ],
  'report-kk-petropavl-youth-2026-h1': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure round_tables', 'figure dialog_platforms', 'figure seminars', 'activities report_hearing', 'activities monitoring', 'activities round_table', 'activity report_hearing 2026-02-18', 'activity report_hearing 2026-04-22', 'activity monitoring 2026-04-15', 'activity monitoring 2026-05-27', 'activity round_table 2026-03-11', 'activity round_table 2026-06-10',
  ],
  'report-ru-aktobe-2026-9m': [
    'activities report_hearing', 'activities memorandum', 'activity report_hearing 2026-02-18', 'activity round_table 2026-06-25',
  ],
  'report-ru-taraz-commission2-2026-q3': [
    'figure commission_meetings', 'figure departments_heard', 'media website.publications', 'activities seminar', 'activity seminar 2026-07-23',
  ],
};

describe('held-out set 82, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
