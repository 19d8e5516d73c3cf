/**
 * The thirty-second blind held-out set (issue 12, "Done when"), its protocols: layouts — attendance only as counts in the
 * body and the names in an annex registration sheet mixing members and guests (Kostanay), a Word attendance table with the
 * commissions as columns and the members' names in the cells (Atyrau), votes by exception (the Ministry of Tourism's PDF),
 * a web page copy (Kentau), Zhezkazgan's ordinary protocol. Written by an agent that never saw the extractors; scored
 * blind: 104/137 fields of the protocols. Each helper's documents are scored in a block of their own below, so the blocks
 * merge apart.
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

// ---- p31's documents: Kostanay (annex registration sheet), Atyrau (commission columns) ----
describe('held-out set 32, protocols: an annex registration sheet, a table of commission columns', () => {
  itScores({
    // (The " | " sheet under a "----+----" border with no outer frame, guests "приглашенный (ГУ …)" among the members,
    // since: readAttendance.ts, readAttendanceTable.ts.)
    'protocol-ru-kostanay-2025-04-23.txt': [],
    // (The members by commission, a column each, each cell its member's attendance, since: readCommissionColumns.ts.)
    'protocol-ru-atyrau-2025-09-24.docx': [],
  });
});
// ---- end of p31's documents ----
