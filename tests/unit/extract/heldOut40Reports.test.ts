/**
 * The fortieth blind held-out set's reports (issue 12, session 14): ordinary reports as PDF and Word layouts (a landscape
 * comparison table of years, a two-column Word table with a total row, a Word table of events by month with the month
 * merged down, a Kazakh prose quarterly with a year-to-date trap, a Russian prose 9-month PDF). See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-40');

// Scored blind in session 14 (reports 99/171, 18 false values); the classes fixed are in
// report/reports40classes.test.ts; the newspaper's articles added to Alga's and Ualikhanov's expected (platform
// "other", as in sets 10, 11, 17, 37; see their notes). Each miss below says why it is still missed.
// "Есепті кезеңде Кеңес құрамында өзгеріс болған жоқ": 0 joined and 0 left since session 19 (readStatedNone).
const MISSED: Record<string, string[]> = {
  'report-kk-alga-2025-h1': [],
  // ("21 тамызда … дөңгелек үстел өткізілді", one dated round table, is 1 since session 24.)
  // The 18 September council meeting's report hearing is told in the sentence after the date ("Отырыста … есебі тыңдалды"):
  // a dated sentence reader would have to carry the date over from the sentence before.
  'report-kk-munaily-2025-q3': [
    'activities report_hearing', 'activity report_hearing 2025-09-18',
  ],
  // "Все обращения рассмотрены, заявителям даны ответы": every appeal answered is a candidate by design (allOfReceived:
  // the sets disagree whether "all" is the number received).
  'report-ru-bukhar-zhyrau-2025': ['figure appeals_answered'],
  // The bodies heard are named one by one ("ГУ «Отдел образования …» (13 февраля), ГУ «Отдел …» (24 апреля), …, директора
  // КГП …"): counting the names by kind, and each bracketed date as a report hearing, is left to a person (sets 2, 3 and
  // 31 leave such lists' departments out). ("11 марта … проведены общественные слушания" is 1 since session 24.)
  // "поступило 11 обращений, все – от физических лиц": the kind said of all of them is a candidate by design (allOfOneKind).
  'report-ru-ualikhanov-2025-9m': [
    'figure departments_heard', 'figure subordinate_orgs_heard',
    // (figure appeals_individuals: read since session 26, report/allOfOneKind.ts, the legal entities' none stated beside it.)
    // (Its four dated hearings are read since session 19: "Совет заслушал …" is a verb of holding.)
  ],
};

describe('held-out reports (set 40), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
