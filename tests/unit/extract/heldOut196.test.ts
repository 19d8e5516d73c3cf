/**
 * Held-out set 196 (session 43's end set), written blind: speech-to-text transcripts. Scored unseen on bebf4cd7:
 * 62.5 %, 12 false; worked by h-196 in session 44 (time codes and recogniser marks, speakers, votes told turn by turn, two
 * number words one number only after the tens): 70.1 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-196');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-kostanay-ecology-2026-05-20': [
    'online', 'attendees', 'attendees_online', 'absentees', 'agenda',
  ],
  'protocol-kk-turkistan-social-2026-11-11': [
    'absentees', 'absentees_excused', 'absentees_unexcused',
  ],
  'protocol-mixed-pavlodar-ecology-2026-06-24': [
    'online',
  ],
  'protocol-ru-akmola-land-2026-03-18': [
    'agenda',
  ],
  'report-kk-akmola-land-2026-h1': [
    'figure general_meetings', 'figure departments_heard', 'figure district_akimats_heard', 'figure public_hearings', 'figure npa_reviewed', 'figure appeals_individuals', 'figure appeals_legal_entities', 'activities monitoring', 'activities public_hearing', 'activity public_hearing 2026-04-14', 'activity monitoring 2026-05-27',
  ],
  'report-kk-pavlodar-ecology-2025': [
    'figure members_total', 'figure commissions', 'figure commission_meetings', 'figure monitorings', 'figure public_hearings', 'figure round_tables', 'figure report_hearings', 'figure departments_heard', 'figure memoranda', 'figure appeals_received', 'figure letters_sent', 'figure publications', 'activities monitoring', 'activities public_hearing', 'activities memorandum', 'activity public_hearing 2025-04-08', 'activity monitoring 2025-07-15', 'activity memorandum 2025-10-02',
  ],
  'report-kk-zhambyl-police-2026-9m': [
    'figure members_left', 'figure members_joined', 'figure report_hearings', 'figure round_tables', 'figure publications', 'activities monitoring', 'activity monitoring 2026-08-19',
  ],
  'report-ru-kostanay-ecology-2025': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure commissions', 'figure members_joined', 'figure members_left', 'figure departments_heard', 'figure subordinate_orgs_heard', 'figure npa_reviewed', 'figure npa_with_remarks', 'figure appeals_individuals', 'figure appeals_legal_entities', 'figure appeals_answered', 'figure letters_sent', 'figure publications', 'activities monitoring', 'activities public_hearing', 'activities round_table', 'activity public_hearing 2025-02-12', 'activity round_table 2025-06-05', 'activity monitoring 2025-07-08',
  ],
  'report-ru-turkistan-social-2026-q3': [
    'figure members_total', 'figure members_civil', 'figure commissions', 'figure members_joined', 'figure members_left', 'figure general_meetings', 'figure commission_meetings', 'figure departments_heard', 'figure subordinate_orgs_heard', 'figure monitorings', 'figure round_tables', 'figure appeals_received', 'figure appeals_individuals', 'figure appeals_answered', 'figure letters_sent', 'figure publications', 'activities monitoring', 'activities round_table', 'activity monitoring 2026-07-16', 'activity round_table 2026-08-06',
  ],
};

describe('held-out set 196, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
