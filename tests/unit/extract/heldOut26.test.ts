/**
 * The twenty-sixth blind held-out set (issue 12): written at the end of session 10, after every fix of sets 21–25 was
 * merged, two thirds ordinary documents and a third a layout no set had — a protocol in two columns, Kazakh left and
 * Russian right of a "|", each fact twice; a report whose every line reads "2024 → 2025 (▲n)" behind dot leaders; a
 * report whose counts are drawn as a tree (parents' totals no metric, children per commission). Scored blind on main:
 * 172 of 226 fields (76.1 %), NO false value; the four protocols 106 of 106. Fixed against it at the end of the session: the
 * Kazakh names of a kind not held ("Төралқа отырыстары", "Жария тыңдаулар"), rows told as a change (arrowPairs.ts), counts
 * drawn as a tree (treeRows.ts), "вышли из состава" — 198 of 226 (87.6 %), still none false. The misses below, each with what the document does there.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-26');

const MISSED: Record<string, string[]> = {
  // ("Төралқа отырыстары" and "Жария тыңдаулар" … "өткізілген жоқ" are read as nones since statedNoneKazakhNames.test.ts.)
  // "21 өтініш түсті (барлығы жеке тұлғалардан)": "all" of them as the part, no number of its own.
  'report-kk-kostanay-oblast-2025-h1': ['figure appeals_individuals'],
  // Counts drawn as a tree ("├──", "│   └──") are read as rows set in under their parents since treeRows.ts (a parent's
  // "барлығы 33" over kinds is no metric); "жария тыңдау: 1 (2025.08.14 …)" with its date (a year-first date, session 34's
  // dottedDates.ts) is its public hearing.
  // Rows "label …… 2024 → 2025 (▲n)" are read since arrowPairs.ts (the value after the arrow; the one before and the
  // change never). Still missed: "на рассмотрении на 31.12" (a date without its year); the public hearings told only in
  // a footnote.
  'report-ru-minenergo-2025': ['figure npa_pending', 'activities public_hearing', 'activity public_hearing 2025-05-14', 'activity public_hearing 2025-10-22'],
};

describe('held-out documents (set 26), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 4, MISSED);
  itScoresEachDocument(DIR, 'report', 4, MISSED);
});
