/**
 * The reports of the twenty-third blind held-out set (issue 12, "Done when"): a district council's quarter with a
 * figure in every heading ("2. ЗАСЕДАНИЯ (7)" — a sum of kinds — "(14 / 13)", "(1 / 0)") and counts in brackets on
 * bullets; a district's filled-in Kazakh questionnaire (a question, its bare answer on the next line, pairs "8 / 7",
 * a Latin-script summary); the city council's annual report (last year beside this year's, per-commission figures,
 * plans for 2026, a box-drawn annex); a half-year .docx with quarter columns; a departmental council's nine months
 * saved from Word as text (a table one cell per line, footnote stars, a BOM). Scored blind: 72.3 % of 155 fields,
 * 2 false values; the false values fixed as classes first (report/countsInHeadingsAndBullets), then the misses; the
 * misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-23');

const MISSED: Record<string, string[]> = {
  // (report-kk-alatau-2025-h1: its round tables are read since sets 21–22's Word-table readers.)
  // A questionnaire: each numbered question ending in ":" with its answer on the next line — read since sets 21–22
  // (joinValueLines.ts); its members who left too since set 39 (an answer set in under its question).
  // "сформирован в 2024 году в составе 12 членов … состав не изменился": the total is 2024's, carried to the period by
  // "не изменился", which is not read. "Заслушаны отчёты 2 подведомственных организаций: …" counts the organisations
  // (subordinate_orgs_heard); the table saved one cell per line ("Заслушано отчётов, ед." … "2") is not read as a table.
  'report-ru-almaty-energy-2025-9m': ['figure members_total', 'figure report_hearings'],
};

describe('held-out reports (set 23), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
