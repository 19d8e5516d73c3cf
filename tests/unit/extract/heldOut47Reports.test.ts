/**
 * The forty-seventh blind held-out set's reports (issue 12, session 16): ordinary documents of ten eastern and
 * south-eastern district councils, written while sets 44–46 were fixed. See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-47');

// The whole set scored blind: 192/353 (54.4 %) with 20 false values on the session's start commit (cdf47d2), 199/353 with
// 23 after sets 44–46's classes; its false values then fixed by class (report/reports47falseValues.test.ts): 233/353, none.
// The misses below are pinned UNANALYSED: no one has yet found each one's class and why (the next session's first work).
const MISSED: Record<string, string[]> = {
  // The Kazakh reports' classes found and fixed in session 17 (report/reports47classesKk.test.ts): 35/73 → 66/73. Left:
  'report-kk-bakanas-2025-h1': [
    // "ал төртіншісі маусымның 27-сінде келіп түскендіктен, шілде айында қаралады": the pending draft is told only by its
    // ordinal among the four received and a verb of the future — no count, no word of pending; no reader ties "the
    // fourth" to the drafts received (a guess from 4 − 3 would be a subtraction).
    'figure npa_pending',
    // "12 хат кетті, жауаптың бәрі келді": all answered, the number not said again — by the convention for "all answered"
    // (the sets disagree whether it states the count) a candidate letters_answered=12 for a person (report/allOfReceived).
    'figure letters_answered',
    // "Қоғамдық мониторингтің үшеуі жүргізілді: біріншісі наурыз айында (…), қалған екеуі … – мамырдың 16-сында (…) және
    // маусымның 5-інде (…)": the count's events split into "the first" (a month, no day) and "the remaining two" (two days)
    // in one sentence; no reader tells the events of such a split, the dated sentence gives one event, its first day.
    'activities monitoring', 'activity monitoring 2025-06-05',
  ],
  'report-kk-makanshy-2025': [
    // "33 өтініш келді. … Барлығына жауап қайтардық": all answered, the number not said again — a candidate
    // appeals_answered=33 by the convention for "all answered" (report/allOfReceived).
    'figure appeals_answered',
    // "Биыл Кеңестен ешкім шықпады, жаңа мүше де қосылмады": a membership said not to have changed is a candidate 0 by the
    // convention of sets 4, 10 and 11, which disagree (readStatedNone MEMBERSHIP): members_left=0, members_joined=0 for a person.
    'figure members_left', 'figure members_joined',
  ],
  'report-ru-abai-district-2025-h1': [
    'figure members_left', 'figure members_joined', 'figure departments_heard', 'figure subordinate_orgs_heard',
    'figure round_tables', 'figure npa_reviewed',
  ],
  'report-ru-bokeikhan-2025': [
    'figure presidium_meetings', 'figure departments_heard', 'figure public_hearings', 'figure npa_reviewed',
    'figure appeals_answered', 'figure members_left', 'figure members_total', 'figure members_civil',
    'figure members_state', 'media instagram.publications', 'activities report_hearing', 'activities monitoring',
    'activities round_table', 'activity report_hearing 2025-01-23', 'activity report_hearing 2025-02-20',
    'activity report_hearing 2025-04-10', 'activity report_hearing 2025-04-24', 'activity report_hearing 2025-06-26',
    'activity report_hearing 2025-10-16', 'activity monitoring 2025-02-06', 'activity monitoring 2025-07-03',
    'activity monitoring 2025-08-14', 'activity round_table 2025-04-17', 'activity round_table 2025-11-20',
  ],
  'report-ru-samar-2025': [
    'figure presidium_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure departments_heard',
    'figure subordinate_orgs_heard', 'figure monitorings', 'figure public_hearings', 'figure round_tables',
    'figure npa_approved', 'figure npa_with_remarks', 'figure appeals_individuals', 'figure appeals_legal_entities',
    'figure appeals_answered', 'figure letters_sent', 'figure letters_answered', 'figure members_left',
    'figure members_joined', 'figure members_state', 'activities monitoring', 'activities public_hearing',
    'activities round_table', 'activity monitoring 2025-03-11', 'activity monitoring 2025-04-22',
    'activity monitoring 2025-06-17', 'activity monitoring 2025-09-09', 'activity monitoring 2025-11-25',
    'activity public_hearing 2025-05-14', 'activity round_table 2025-02-26', 'activity round_table 2025-10-30',
  ],
};

describe('held-out reports (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
