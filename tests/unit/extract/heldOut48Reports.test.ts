/**
 * The forty-eighth blind held-out set's reports (issue 12, session 17): ordinary documents of five western district
 * councils — a questionnaire with slash tuples (Isatay), a PDF plan / fact / last-year table (Mugalzhar), a Word table
 * with a two-level merged header (Kyzylkoga), decimal sub-sections with predicates (Karakiya), a pipe table by quarter
 * (Terekti). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-48');

// Scored blind on the session's start commit (9575462): the five reports 135/206, no false value; their classes fixed
// (report/reports48classes.test.ts): 200/206, none.
const MISSED: Record<string, string[]> = {
  'report-kk-karakiya-2025': [
    // "Кеңеске 15 өтініш түсті … Барлығына жауап берілді": every appeal answered, no number of them — the sets disagree
    // whether that states the count received (set 10 leaves it out, set 34 counts it), so it is a candidate
    // (readAllOfReceived), for a person to confirm.
    'figure appeals_answered',
    // "– желтоқсан айында – мектептердің жылу режимі." is the fourth monitoring of the list, told by its month: kenes keeps
    // it an undated activity, as it keeps a month's items elsewhere (monthItems); this expected.json counts dated ones only.
    'activities monitoring',
  ],
  'report-kk-kyzylkoga-2025-9m': [
    // ("Кеңестен ешкім шықпады, жаңа мүше енгізілмеді" is 0 left and joined since session 19.)
  ],
};

describe('held-out reports (set 48), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
