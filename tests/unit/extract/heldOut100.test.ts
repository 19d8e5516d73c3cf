/**
 * The hundredth blind held-out set (session 32): tables of unusual orientation — transposed report tables (periods or
 * commissions as rows, metrics as columns), quarters in Roman numerals and runs of them ("II–III тоқсан"), the total
 * column at the left and the totals row above the detail, cumulative columns beside the quarter's, merged header cells
 * over several lines; protocols whose attendance is a matrix of members × the year's meetings (only the protocol's own
 * meeting's column counts) and whose votes are a table of questions × за / против / воздержался, one transposed.
 * Scored blind on the session's start commit 18ac1ba0: 243/344 = 70.6 % with ten FALSE values (every matrix read as one
 * meeting's roll, another level's council's counts, a unanimity word with its count in a cell).
 * After it was looked at in session 32 (helper h-100, orientation32.test.ts): 338/344 = 98.3 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-100');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-kk-rudny-2026-q3': [
    'activities report_hearing', 'activity report_hearing 2026-07-16',
  ],
  'report-kk-stepnogorsk-2026-04-09': [
    'figure members_left', 'figure members_joined',
  ],
  'report-ru-petropavl-2026-9m': [
    'activities report_hearing', 'activity report_hearing 2026-09-11',
  ],
};

describe('held-out set 100, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
