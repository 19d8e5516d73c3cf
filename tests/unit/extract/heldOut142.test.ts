/**
 * Held-out set 142 (blind-authored, unseen by anyone until scored): APPROXIMATE, BOUNDED AND HEDGED FIGURES — 'более
 * 10', 'около 20', 'не менее', 'десятки', 'шамамен', 'астам', 'кем дегенде', ranges, an exact and a hedged figure of
 * one thing in one document, hedged attendance beside an exact roll. Blind score on the start commit 09396862: 91.9 %
 * with no false figure; the same after session 38's merges (a registration sheet as the heading of a roll was tried
 * and reverted: a status roll under 'Лист регистрации:' whose line tells no status must stay unread, protocols52told).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-142');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-panfilov-2026-09-16': [
    'members_total',
  ],
  'protocol-mixed-borili-2026-05-20': [
    'attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused',
  ],
  'protocol-ru-saraishyk-2026-06-24': [
    'attendees', 'attendees_online',
  ],
  'report-kk-borili-2026-q2': [
    'figure general_meetings', 'figure appeals_received',
  ],
  'report-kk-panfilov-2026-q3': [
    'figure members_civil', 'activities monitoring', 'activity monitoring 2026-08-05',
  ],
  'report-kk-zhanasemey-2025': [
    'figure members_left', 'figure subordinate_orgs_heard', 'figure public_hearings', 'activities report_hearing', 'activities dialog_platform', 'activity dialog_platform 2025-05-14', 'activity report_hearing 2025-09-17', 'activity dialog_platform 2025-10-22',
  ],
  'report-ru-makanshi-2026-9m': [
    'figure commissions', 'figure npa_approved', 'media instagram.publications', 'media facebook.publications',
  ],
};

describe('held-out set 142, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
