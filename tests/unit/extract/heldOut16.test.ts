/**
 * The sixteenth blind held-out set (issue 12, "Done when"): oblast and republic councils, an agency and national
 * companies as their secretaries write — a Word registration table with a signature column, a tab sign-in sheet with
 * rows splitting members from guests, guests marked "(приглашен)" or "*" inside the member list, every vote in a final
 * summary "18 / 0 / 1" under a legend; report tables of new shapes: a row per commission with "Итого по Совету", rows per
 * quarter with a total and a last-year row, a transposed table (metrics as columns, headers hyphenated over four lines),
 * a units column (%, тыс., млрд), tab headers over three lines with spans as empty tabs, an ASCII grid, a Markdown table.
 * Written by an agent that never saw the extractors; scored at the start of session 9: 68.4 % of 332 fields, 15 false
 * values. Fixed as classes (protocolSignatureSheets, protocolGuestMarks, protocolVoteLegend, protocolBilingualLabels,
 * report/reports16tables); the misses left are pinned below with why — none a false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-16');

const MISSED: Record<string, string[]> = {
  // (adgs: the table column "30.09.2025 ж. жағдай бойынша қарау үстінде" under a caption on НҚА read since session 20 —
  // a one-row table's column headed by a date and a part of the caption's subject, and "қарау үстінде" in the rows' lexicon.)
  // (almaty-oblast: a views bracket wrapped onto a line that opens with a dash and "сайтында (www.gov.kz) – 47" read since
  // session 23, figures23.test.ts; "Есепті жылы қоғамдық тыңдаулар өткізілген жоқ" since set 31: "жылы" is the period's word;
  // "2 мүше өз өтініші бойынша … шығарылып" since set 34: the converb, report/reports34classesA.test.ts.)
  // "акима Павлодарского района" heard, told with no number: one hearing of a district akim, not a count.
  'report-ru-pavlodar-oblast-2025-q4': ['figure district_akimats_heard'],
};

describe('held-out documents (set 16), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 6, MISSED);
});
