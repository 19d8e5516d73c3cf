/**
 * The hundred-and-first blind held-out set (session 32): Unicode noise from text that went through many systems —
 * Latin look-alikes inside Cyrillic words, zero-width spaces and joiners, soft hyphens, no-break, thin and narrow
 * spaces in numbers, full-width digits, circled list numbers, figure dashes and minus signs, decomposed letters, a
 * byte-order mark in the middle, old Mac line ends (councils of Almaty oblast towns). Scored blind on the session's
 * start commit 6a6f822d: 266/355 = 74.9 % with five FALSE values. Kept unseen while the class of characters a reader
 * does not see was built from variants of my own (extract/plainCharacters.ts, look-alikes in
 * repairCopy.foldLatinLookalikes): 327/355 = 92.1 % with one false before it was looked at. Then an online mark by a
 * superscript and its footnote, a title typed all in look-alikes, some of a count named after "в том числе:", a list
 * under a sentence of two kinds, "по 31 дан ответ", "қыркүиек" (classes32.test.ts): 342/355 = 96.3 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-101');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-talgar-2026-10-07': [
    'votes[3].declared',
  ],
  'report-kk-kaskelen-2026-9m': [
    'figure departments_heard',
  ],
  'report-kk-konaev-2026-q3': [
    'activities report_hearing', 'activity report_hearing 2026-09-23',
  ],
  'report-kk-talgar-2026-q3': [
    'figure round_tables', 'activities round_table', 'activity round_table 2026-09-24',
  ],
  'report-ru-esik-2025-h2': [
    'activities report_hearing', 'activity report_hearing 2025-08-12', 'activity report_hearing 2025-11-11', 'activity report_hearing 2025-12-09',
  ],
  'report-ru-taldykorgan-2026-9m': [
    'activities public_hearing', 'activity public_hearing 2026-07-23',
  ],
};

describe('held-out set 101, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
