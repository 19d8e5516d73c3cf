/**
 * The twenty-sixth blind held-out set (issue 12): written at the end of session 10, after every fix of sets 21–25 was
 * merged, two thirds ordinary documents and a third a layout no set had — a protocol in two columns, Kazakh left and
 * Russian right of a "|", each fact twice; a report whose every line reads "2024 → 2025 (▲n)" behind dot leaders; a
 * report whose counts are drawn as a tree (parents' totals no metric, children per commission). Scored blind on main:
 * 172 of 226 fields (76.1 %), NO false value; the four protocols 106 of 106. Fixed against it only: the Kazakh names
 * of a kind not held ("Төралқа отырыстары", "Жария тыңдаулар"). The misses below, each with what the document does there.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-26');

const MISSED: Record<string, string[]> = {
  // ("Төралқа отырыстары" and "Жария тыңдаулар" … "өткізілген жоқ" are read as nones since statedNoneKazakhNames.test.ts.)
  // "3-еуі бойынша ескертулермен қорытынды" after "9-ы бойынша оң қорытынды"; "21 өтініш түсті (барлығы жеке
  // тұлғалардан)": "all" of them as the part, no number of its own.
  'report-kk-kostanay-oblast-2025-h1': ['figure npa_with_remarks', 'figure appeals_individuals'],
  // Counts drawn as a tree ("├──", "│   └──"): a parent's total over its children per commission or per kind; not read as
  // rows yet (and rightly no parent total is taken for a metric).
  'report-kk-mangystau-oblast-2025-9m': [
    'figure members_total', 'figure commissions', 'figure general_meetings', 'figure presidium_meetings', 'figure commission_meetings',
    'figure report_hearings', 'figure departments_heard', 'figure district_akimats_heard', 'figure subordinate_orgs_heard',
    'figure npa_reviewed', 'figure npa_approved', 'figure npa_pending', 'figure public_hearings', 'figure dialog_platforms',
    'figure memoranda', 'activities public_hearing', 'activity public_hearing 2025-08-14',
  ],
  // Every indicator as "label …… 2024 → 2025 (▲n)": last year's value, an arrow, the period's, the change — no reader
  // takes the value after the arrow yet (and none takes last year's or the change: no false value).
  'report-ru-minenergo-2025': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure members_joined', 'figure members_left',
    'figure commissions', 'figure general_meetings', 'figure presidium_meetings', 'figure commission_meetings',
    'figure report_hearings', 'figure subordinate_orgs_heard', 'figure monitorings', 'figure npa_reviewed', 'figure npa_approved',
    'figure npa_with_remarks', 'figure npa_pending', 'figure round_tables', 'figure public_hearings', 'figure memoranda',
    'figure appeals_received', 'figure appeals_answered', 'figure letters_sent', 'figure letters_answered', 'figure publications',
    'media website.publications', 'media telegram.publications', 'activities public_hearing', 'activity public_hearing 2025-05-14',
    'activity public_hearing 2025-10-22',
  ],
  // "Публичные слушания проведены 3 раза: 18 марта, 10 июня и 4 ноября": "N раза" after the verb is not read as the
  // count, and the dates after the colon are read as one hearing.
  'report-ru-sko-oblast-2025': ['figure public_hearings', 'activities public_hearing', 'activity public_hearing 2025-06-10', 'activity public_hearing 2025-11-04'],
};

describe('held-out documents (set 26), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 4, MISSED);
  itScoresEachDocument(DIR, 'report', 4, MISSED);
});
