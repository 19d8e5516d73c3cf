/**
 * The protocols of the twenty-seventh blind held-out set (issue 12, "Done when"): ordinary protocols of other councils,
 * and a word-for-word record (стенограмма) of Shymkent's council — a roll call answered aloud, the agenda said in one
 * sentence, votes asked and counted in words as dialogue. Scored blind at the start of session 11: the stenogram 12/30
 * with 8 false values, the other five right. Its classes are read since (protocol/readSpokenRollCall.ts,
 * readSpokenAgenda.ts, readDialogueVotes.ts, speakerLines.ts; a "СТЕНОГРАММА … № 5" numbered as a protocol, readHeader.ts).
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-27');

const MISSED: Record<string, string[]> = {};

describe('held-out protocols (set 27), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 6, MISSED);
});
