/**
 * The reports of the twenty-ninth blind held-out set (issue 12, "Done when"): the Public Council of Almaty's own house
 * style in 2021 — an annual report with last year in brackets and an annex table of commissions, a half-year told as sums
 * "Q1 + Q2 = H1", a covering letter with a month-by-month table (PDF), year-to-date columns (Word), a commission's note
 * pasted into an e-mail with its figures in the title. Scored blind at the start of session 11 (the whole set 184/271,
 * 67.9 %, 20 false; the reports 87/141 with 11 false — 9 of them the month table's); fixed since by class. The misses below.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-29');

const MISSED: Record<string, string[]> = {
  // "Семинары для членов ОС и районных советов – 4": the audience names other bodies beside the council's.
  'report-ru-almaty-2021': ['figure seminars'],
  // The table's publications row is Instagram's alone (the writer took it as the total); report hearings dated in the
  // letter's prose list are not read as dated activities (its round table, named and dated, is since set 35).
  'report-ru-bostandyk-2021-q1': [
    'figure publications',
  ],
  // ("Құрамына жаңа мүшелер енгізілген жоқ" is 0 joined since session 19.)
  // "70-інің 52-сі – Instagram-да" (a part after the whole); a monitoring dated "қыркүйектің 8-і" in prose.
  'report-kk-zhetysu-2021-9m': ['media instagram.publications', 'activities monitoring', 'activity monitoring 2021-09-08'],
};

describe('held-out reports (set 29), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
