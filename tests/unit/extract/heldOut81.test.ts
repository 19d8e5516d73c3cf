/**
 * The eighty-first blind held-out set (session 29): documents typed in a hurry and passed through several hands (Almaty's
 * districts, Talgar, Esik, Kaskelen, Kapshagay): Latin look-alikes, numbers glued to words, CAPS LOCK, words broken across
 * lines, a protocol pasted into a chat, e-mails with a quoted message. Scored blind on the session's start commit 6d5825db:
 * 310/349 = 88.8 %, four FALSE values (one of them the writer's: a platform's views left out of the expected, corrected).
 * At the end of session 29 (its classes and its helpers'): 332/350 = 94.9 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-81');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-kk-almaty-nauryzbay-2025-h2': [
    'figure subordinate_orgs_heard', 'activities dialog_platform', 'activity dialog_platform 2025-11-27',
  ],
  'report-kk-kaskelen-2026-q1': [
    'figure presidium_meetings', 'figure report_hearings', 'figure npa_with_remarks', 'figure appeals_individuals',
  ],
  'report-ru-almaty-turksib-2026-q1': [
    // (Session 35, set 121: "5. ОБЩЕСТВЕННЫЕ СЛУШАНИЯ, КРУГЛЫЕ СТОЛЫ, СЕМИНАРЫ." under point 4's paragraph was read as an undated
    // public hearing, its count right by chance; a letter's next point is no list under the point above: the dated line under
    // the title, "26.02.2026 – общественные слушания …", is not read yet.)
    'figure public_hearings', 'figure seminars', 'activities public_hearing', 'activities seminar', 'activity public_hearing 2026-02-26', 'activity seminar 2026-03-03',
  ],
  'report-ru-esik-2026-h1': [
    'figure commission_meetings', 'figure monitorings', 'figure round_tables', 'figure public_hearings', 'activities public_hearing', 'activity public_hearing 2026-03-26',
  ],
};

describe('held-out set 81, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
