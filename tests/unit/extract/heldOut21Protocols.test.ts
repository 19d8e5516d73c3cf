/**
 * The twenty-first blind held-out set's protocols (issue 12, "Done when"): oblast councils of Karaganda, Pavlodar and East
 * Kazakhstan, a commission of Kostanay's, the Ministry of Health's — attendance in two columns side by side under their
 * headings, a .docx sheet with "+" marks under "очно | онлайн" and the votes in a final table with a two-row header, one
 * tab table holding attendance and each member's votes with the totals above the members, a box-drawn table, and an
 * extract typed as a form (each value under its label). Written by an agent that never saw the extractors; scored blind
 * at 76/130 fields with 9 false values. Fixed as classes (protocols21classes.test.ts): every field right now, no miss left.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-21');

const MISSED: Record<string, string[]> = {};

describe('held-out documents (set 21, protocols), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
