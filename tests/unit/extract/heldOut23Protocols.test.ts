/**
 * The twenty-third blind held-out set (issue 12, "Done when"), its protocols: the second day of a continued meeting of
 * Almaty's council (the first day's attendance and vote recalled in a "Справочно" note, the attendance only in an annex
 * registration sheet with a column per day), a commission's protocol typed as a form (each value under its label, votes
 * as vertical blocks with the result under "Результат:", a closing note with the whole council's figures), a district
 * council's PDF with its members' sheet and the guests' list as two tables of one shape, a Kazakh .docx ("жақтағаны –
 * 28"), a bilingual district protocol. Written by an agent that never saw the extractors; scored blind: 92/130 fields,
 * 24 false values. Fixed as classes (protocol23.test.ts): every document now whole, no false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-23');

const MISSED: Record<string, string[]> = {};

describe('held-out documents (set 23), seen by no one before they were scored: protocols', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
