/**
 * The thirty-fifth blind held-out set's reports (issue 12, session 13): short quarterly notes (справки) of councils whose
 * protocols are in the same set — Ekibastuz (.pdf: a table with a column per month, the quarter's total, then last
 * year's quarter, its two-row header given out of order by the text layer), the Ministry of Transport (a questionnaire:
 * each numbered question on a line with no colon, its bare answer on the next — "11 / 3", "не проводились", "около
 * 30"), Ulytau (a Kazakh "1) …; 2) …" enumeration with last year's counts in brackets and a Latin-script footnote).
 * Scored blind: 41 of 87 fields, 11 false values (the month cells and row numbers of the Ekibastuz table); the classes
 * fixed are tested in report/reports35classes.test.ts. The misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-35');

const MISSED: Record<string, string[]> = {
  // ("В III квартале состав Совета не изменялся" is 0 joined and left since session 19.) "Заслушаны отчёты: 24.07.2025 г. – ГУ «Отдел
  // …»; 18.09.2025 г. – ГУ «Отдел …»": the two hearings and, since session 27, the departments heard (two told for the count
  // of two, report/headsOneByOne.ts).
  'report-ru-ekibastuz-2025-q3': [],
  // "12. Поступило обращений … (всего / рассмотрено)" over "4 / 4": "рассмотрено" (considered) is not "answered"; only
  // "рассмотрено с ответом" is read as answers — the expected value is the author's judgement call (notes.md).
  'report-ru-mintransport-2025-q1': ['figure appeals_answered'],
};

describe('held-out reports (set 35), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 3, MISSED);
});
