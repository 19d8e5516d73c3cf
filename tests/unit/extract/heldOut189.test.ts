/**
 * Held-out set 189 (session 43), written blind: messenger chat exports. Scored blind on the start commit 413fb5a1:
 * 90.6 %, 5 false; worked by h-184 (a printed Telegram export's stamps, members' replies no votes).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-189');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-ru-vko-transport-2026-11-19': [
    'body', 'members_total', 'present', 'attendees', 'attendees_online',
  ],
  'protocol-ru-zhambyl-social-2026-09-17': [
    'number',
  ],
  'report-kk-ulytau-agriculture-2026': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure npa_approved', 'figure appeals_received', 'activities monitoring', 'activity monitoring 2026-03-14', 'activity monitoring 2026-06-19',
  ],
  'report-kk-vko-transport-2026-9m': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  'report-kk-zhambyl-social-2026-h1': [
    'figure subordinate_orgs_heard', 'figure monitorings', 'figure npa_reviewed',
  ],
  'report-ru-turkistan-sport-2026-q3': [
    'figure departments_heard', 'figure subordinate_orgs_heard', 'figure dialog_platforms',
  ],
  'report-ru-zko-ecology-2026-10': [
    'figure npa_approved',
  ],
};

describe('held-out set 189, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
