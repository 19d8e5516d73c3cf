/**
 * The thirty-fifth blind held-out set (issue 12, "Done when"), its protocols: ordinary meetings — a written poll with its
 * votes in a fixed-font table turned on its side (a row per answer, a column per question), an extraordinary Kazakh
 * meeting, a bilingual .docx giving every block in Kazakh and Russian side by side in Word tables with a registration
 * table, an online-only meeting with a late joiner and a Zoom export, a commission's run-on lists, a meeting without quorum
 * with a checkbox registration sheet, a meeting over two days with side-by-side lists. Written by an agent that never saw
 * the extractors; scored blind: 141/178 fields, 10 false values. Fixed as classes (protocols35classes.test.ts): 175/178,
 * no false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-35');

const MISSED: Record<string, string[]> = {
  // "2 мүше жақтады, 3 мүше қарсы болды": no abstention is told; 0 is the expected value only by the sum (2 + 3 = 5
  // present), which kenes does not work out (a count not written is not stated — the notes call it a judgement call).
  'protocol-kk-zhetisu-commission-2025-10-08': ['votes[1].abstain'],
  // "Проголосовали единогласно – 11 голосов «за»" gives those for; none against and none abstaining is left unstated, as
  // for every unanimous vote with a count (set 33's Beineu).
  'protocol-ru-aspr-2025-05-15': ['votes[2].against', 'votes[2].abstain'],
};

describe('held-out documents (set 35), seen by no one before they were scored: protocols', () => {
  itScoresEachDocument(DIR, 'protocol', 7, MISSED);
});
