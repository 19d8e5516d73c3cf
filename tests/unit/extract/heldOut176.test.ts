/**
 * Held-out set 176 (session 41), written blind at its end: quarterly reports with cumulative totals (the quarter's
 * and the year-to-date). Scored on session 41's last extraction code fb7fd289, unseen: 308/363 = 84.8 %, none false.
 * After session 42's helper h-178 (bilingualRunningTotals42): 331/363 = 91.2 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-176');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-tarbagatai-2026-10-14': [
    'attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused',
  ],
  'protocol-ru-tselinograd-2026-10-06': [
    'present',
  ],
  'report-kk-irtysh-2025-9m': [
    'activities report_hearing', 'activities monitoring', 'activity report_hearing 2025-08-27',
    'activity report_hearing 2025-09-24', 'activity monitoring 2025-07-15', 'activity monitoring 2025-08-20',
    'activity monitoring 2025-09-11',
  ],
  'report-kk-tarbagatai-2026-q3': [
    'activities report_hearing', 'activity report_hearing 2026-09-16',
  ],
  'report-ru-bulandy-2025-q3': [
    'figure departments_heard', 'activities report_hearing', 'activity report_hearing 2025-09-24',
  ],
  'report-ru-shal-akyn-2026-9m': [
    'figure commission_meetings', 'figure public_hearings', 'figure publications', 'activities report_hearing',
    'activity report_hearing 2026-08-13', 'activity report_hearing 2026-08-13', 'activity report_hearing 2026-09-17',
  ],
  'report-ru-tselinograd-2026-q3': [
    'figure members_state', 'figure commissions', 'activities report_hearing', 'activity report_hearing 2026-07-15',
    'activity report_hearing 2026-07-15', 'activity report_hearing 2026-09-16', 'activity report_hearing 2026-09-16',
  ],
};

describe('held-out set 176, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
