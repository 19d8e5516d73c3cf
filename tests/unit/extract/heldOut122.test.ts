/**
 * The hundred-and-twenty-second blind held-out set (session 35): synonyms and rare vocabulary — every field said with
 * the less common words (заслушивание, отчётная встреча, есеп беру кездесуі; жиын, жиналыс, Төралқа мәжілісі, сессия;
 * арыз, шағым; явка, явился, келді, жоқ болды; высказались за, возразили, қарсы шықты, бәрінің қолдауымен) (councils
 * of Karaganda and Ulytau oblasts). Scored blind on the session's start commit 4715717d: 213/306 = 69.6 %, 6 false.
 * Kept unseen while the class of the less common words was built from variants of my own (synonyms35.test.ts): 217/306
 * = 70.9 %, 6 false (the six one vote: the agenda adopted 'with everyone's support' not read, every later vote
 * shifted). After it was looked at (the same classes, variants of my own in synonyms35's last block): 260/306 = 85.0
 * %, none false. Its monitorings as 'изучение', 'зерделеу', 'рейд' stay missed on purpose (earlier writers count such
 * words as no monitoring).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-122');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-mixed-karkaraly-2026-11-26': [
    'members_total',
  ],
  'report-kk-aksu-ayuly-2026-q3': [
    'figure general_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure monitorings', 'figure round_tables', 'figure npa_reviewed', 'figure appeals_legal_entities', 'activities report_hearing', 'activities monitoring', 'activities round_table', 'activity monitoring 2026-07-08', 'activity monitoring 2026-08-05', 'activity report_hearing 2026-08-13', 'activity round_table 2026-08-20', 'activity monitoring 2026-08-26', 'activity monitoring 2026-09-09', 'activity report_hearing 2026-09-17',
  ],
  'report-kk-botakara-2026-9m': [
    'figure general_meetings', 'figure presidium_meetings', 'figure monitorings', 'figure letters_sent', 'figure publications', 'activities monitoring', 'activity monitoring 2026-07-14', 'activity monitoring 2026-09-22',
  ],
  'report-kk-kievka-2026-10': [
    'figure general_meetings', 'figure presidium_meetings', 'figure monitorings', 'figure appeals_received', 'activities monitoring', 'activity monitoring 2026-10-06', 'activity monitoring 2026-10-21',
  ],
  'report-ru-atasu-2026-q3': [
    'figure commission_meetings', 'figure monitorings', 'figure appeals_answered', 'activities monitoring', 'activity monitoring 2026-07-09', 'activity monitoring 2026-07-30', 'activity monitoring 2026-08-19', 'activity monitoring 2026-09-16',
  ],
  'report-ru-karkaraly-2026-9m': [
    'figure general_meetings', 'figure presidium_meetings', 'figure report_hearings', 'figure monitorings', 'figure appeals_received',
  ],
};

describe('held-out set 122, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
