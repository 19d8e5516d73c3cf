/**
 * Held-out set 188 (session 43), written blind: slide decks. Scored blind on the session's start commit 413fb5a1:
 * 79.2 %, 2 false; worked by h-188 (restated vote slides, slide titles, tile captions, change columns).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-188');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-ru-turgen-2026-10-28': [
    'members_total', 'present', 'online',
  ],
  'report-kk-karabutak-2026-q3': [
    'figure members_total', 'figure commissions', 'figure departments_heard',
  ],
  'report-kk-tasboget-2025': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-ru-balykshy-2026-q3': [
    'figure commissions', 'media instagram.publications', 'media telegram.publications', 'media facebook.publications', 'media website.publications', 'activities report_hearing', 'activity report_hearing 2026-07-15', 'activity report_hearing 2026-08-19', 'activity report_hearing 2026-08-19', 'activity report_hearing 2026-09-23',
  ],
  'report-ru-koktal-2026-h1': [
    'figure members_civil', 'figure members_state', 'figure appeals_individuals', 'figure appeals_legal_entities', 'figure appeals_answered', 'figure letters_answered', 'media instagram.publications', 'media telegram.publications', 'media facebook.publications', 'activities seminar', 'activity seminar 2026-01-28', 'activity seminar 2026-05-14',
  ],
  'report-ru-turgen-2026-9m': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure commissions', 'figure general_meetings', 'figure presidium_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure departments_heard', 'figure monitorings', 'figure public_hearings', 'figure round_tables', 'figure seminars', 'figure npa_reviewed', 'figure npa_approved', 'figure npa_pending', 'figure appeals_received', 'figure appeals_individuals', 'figure appeals_legal_entities', 'figure appeals_answered', 'figure letters_sent', 'figure letters_answered', 'figure publications', 'media facebook.publications', 'media telegram.publications', 'media website.publications', 'activities report_hearing', 'activity report_hearing 2026-03-25', 'activity report_hearing 2026-06-24',
  ],
};

describe('held-out set 188, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
