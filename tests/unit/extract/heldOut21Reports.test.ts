/**
 * The twenty-first blind held-out set (issue 12, "Done when"), its reports: a ministry's annual report from a PDF
 * whose plan/fact table has a column of row numbers and a header the text layer gave out of order, and its media table
 * with the platforms as columns and views in thousands; a half-year's .docx with a column of groups merged down and
 * "2025 год" spanning I кв. / II кв. / I полугодие; an annual report with a space-aligned table by territory whose
 * total column comes first; nine months' results where every count stands in brackets after its label or heading; a
 * questionnaire pasted into an e-mail, each answer on the line under its question. Scored blind: 85 of 185 fields,
 * 14 false values (the row numbers 1, 2, 3 … read as counts; a plan's run-in paragraph; a wrapped label's "1
 * мониторинг"). Fixed as classes (report/reports21tables.test.ts): 167 of 185, no false value; the misses left are pinned
 * below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-21');

const MISSED: Record<string, string[]> = {
  // ("0 / 1" under "(введено / выведено)": "введено" alone is the joined members since set 35, as "выведено" is the left.)
  // "с начала года – 31, в т.ч. за III квартал – 9" is no bare answer (the quarter's part is not read out of it). ("не проводились" under
  // its question is read as a none since set 22's joinValueLines.)
  'report-ru-karaganda-oblast-2025-q3': ['figure commission_meetings'],
  // ("• диалоговые площадки, семинары – не проводились" is 0 of each since session 24.) Dates "20.02, 16.04" after a
  // bullet's count are not read as activities ("подписан 3 июля" in a bullet's note is, since set 22's readCountedItems).
  // "не проводились" merged across the 2025 columns leaves the half-year's cell empty: no 0 is read from it; the
  // hearing's date opens a sentence after the round tables' dated list in one paragraph and is not read.
  'report-ru-pavlodar-oblast-2025-h1': ['figure seminars'],
};

describe('held-out documents (set 21), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
