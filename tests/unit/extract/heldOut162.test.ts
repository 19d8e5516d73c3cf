/**
 * Held-out set 162 (session 40), written blind: awards, contests and grants — nominees, prizes, contest and grant
 * applications, letters of thanks beside the council's counts (councils of Aktogay, Mugalzhar, Maktaaral, Ulan,
 * Enbekshikazakh). Scored blind on the session's start commit 65afe44b: 320/379 = 84.4 % with 10 FALSE values (a
 * bilingual vote line broken after its slash read as two votes); then h-160's classes (transcripts40).
 * After it was looked at in session 40: 333/379 = 87.9 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-162');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-mugalzhar-2026-10-08': [
    'votes[2].against',
  ],
  'protocol-kk-ulan-2026-10-21': ['online'],
  'protocol-mixed-enbekshikazakh-2026-11-26': [
    'attendees', 'attendees_online',
  ],
  'report-kk-aktogay-2026-9m': [
    'figure members_joined',
  ],
  'report-kk-enbekshikazakh-2026-h1': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure general_meetings', 'figure presidium_meetings', 'figure commission_meetings', 'figure departments_heard', 'figure subordinate_orgs_heard', 'figure monitorings', 'figure public_hearings', 'figure round_tables', 'figure seminars', 'figure memoranda', 'figure npa_reviewed', 'figure npa_approved', 'figure npa_with_remarks', 'figure appeals_received', 'figure appeals_individuals', 'figure appeals_legal_entities', 'figure appeals_answered', 'figure letters_sent', 'figure letters_answered', 'figure publications', 'media website.publications', 'media instagram.publications', 'media telegram.publications', 'activities report_hearing',
  ],
  'report-kk-maktaaral-2026-q3': [
    'figure departments_heard',
  ],
  'report-ru-mugalzhar-2026-q3': ['activities seminar', 'activity seminar 2026-09-10'],
  'report-ru-ulan-2026-9m': [
    'figure subordinate_orgs_heard', 'figure npa_reviewed', 'activities monitoring', 'activities public_hearing', 'activity monitoring 2026-03-12', 'activity public_hearing 2026-05-27', 'activity monitoring 2026-08-19',
  ],
};

describe('held-out set 162, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
