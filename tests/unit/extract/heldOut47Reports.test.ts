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
// Session 17 found each miss's class and fixed it (report/reports47classesKk.test.ts, reports47classesRu.test.ts); what is
// left is pinned below with its reason.
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
    // ("Биыл Кеңестен ешкім шықпады, жаңа мүше де қосылмады" is 0 left and joined since session 19.)
  ],
  // Session 17: the Russian reports' misses analysed by class (report/reports47classesRu.test.ts): 62/122 → 119/122;
  // Bokeikhan and Samar miss nothing now.
};

describe('held-out reports (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
