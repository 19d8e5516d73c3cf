/**
 * The twenty-ninth blind held-out set (issue 12, "Done when"), its protocols: the Public Council of Almaty in its own
 * house style of 2021 — the city council's extended meeting with its members as run-on paragraphs of initials and the
 * absentees run on with reasons in brackets, a commission's short protocol with one list of all members each with a
 * status and "(7/9)", a district council's .docx whose registration is a Word table of three list cells (очно | онлайн |
 * отсутствовали) with a totals row, a joint meeting of two district councils with the other council's members and vote
 * lines in the same protocol, the presidium's roll-call votes with no totals written. Written by an agent that never
 * saw the extractors; scored blind: 97/130 fields, 9 false values. Fixed as classes (protocols29classes.test.ts): every
 * document now whole, no false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-29');

const MISSED: Record<string, string[]> = {};

describe('held-out documents (set 29), seen by no one before they were scored: protocols', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
