/**
 * The thirty-second blind held-out set (issue 12, "Done when"), its protocols: layouts not tried before — attendance only
 * as counts in the body and the names in an annex registration sheet mixing members and guests (Kostanay), counts in
 * Kazakh words (Zhezkazgan), a Word attendance table with the commissions as columns and the members' names in the cells
 * (Atyrau), votes by exception and by the rest with a member leaving mid-meeting (Mintourism, .pdf), a web page's copy
 * with the protocol flattened into four paragraphs (Kentau). Written by an agent that never saw the extractors; scored
 * blind: 104/137 fields of the protocols, 12 false (Mintourism 15/33 with 10 false vote values, Kentau 17/25 with 2).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreHeldOutDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-32');

/** Each document scored with no false figure and exactly the misses pinned for it (by field, with why beside it). */
function itScores(documents: Record<string, string[]>): void {
  it.each(Object.keys(documents))('%s: every field right but the pinned misses, no false figure', async (file) => {
    const score = await scoreHeldOutDocument(DIR, file);
    expect(score.falseFigures).toEqual([]);
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(documents[file]);
  });
}

describe('held-out set 32, protocols: an annex registration sheet, a table of commission columns', () => {
  itScores({
    // (The " | " sheet under a "----+----" border with no outer frame, guests "приглашенный (ГУ …)" among the members,
    // since: readAttendance.ts, readAttendanceTable.ts.)
    'protocol-ru-kostanay-2025-04-23.txt': [],
    // (The members by commission, a column each, each cell its member's attendance, since: readCommissionColumns.ts.)
    'protocol-ru-atyrau-2025-09-24.docx': [],
  });
});

// Classes fixed: protocols32classes.test.ts (readVoteByException.ts, presenceByLine.ts, splitParagraphs.ts' inline lists,
// the training camp as an excused reason).
describe('held-out set 32, protocols: votes by exception and by the rest, a web page copy, counts in words', () => {
  itScores({
    // "Решение принято единогласно (14 голосов)." gives those for (14); none against and none abstaining is left
    // unstated, as for every unanimous vote with a count (protocolVoteLegend.test.ts; set 30's Temirtau pins the same).
    'protocol-ru-mintourism-2025-11-12.pdf': ['votes[3].against', 'votes[3].abstain'],
    'protocol-kk-kentau-2025-10-15.txt': [],
    'protocol-kk-zhezkazgan-2025-06-11.txt': [],
  });
});
