/**
 * The thirty-second blind held-out set (issue 12, "Done when"), its protocols: layouts not tried before — an annex list
 * of members and guests mixed (Kostanay), counts in Kazakh words (Zhezkazgan), a Word table with commissions as columns
 * (Atyrau), votes by exception and by the rest with a member leaving mid-meeting (Mintourism, .pdf), a web page's copy
 * with the protocol flattened into four paragraphs (Kentau). Written by an agent that never saw the extractors; scored
 * blind: protocols Mintourism 15/33 with 10 false vote values, Kentau 17/25 with 2 false, Zhezkazgan 25/25.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreHeldOutDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-32');

// ---- Mintourism, Kentau, Zhezkazgan (votes by exception and by the rest, a web page's copy, counts in words) ----
// Classes fixed: protocols32classes.test.ts (readVoteByException.ts, presenceByLine.ts, splitParagraphs.ts' inline lists,
// the training camp as an excused reason).
const MISSED_VOTES_AND_PAGES: Record<string, string[]> = {
  // "Решение принято единогласно (14 голосов)." gives those for (14); none against and none abstaining is left unstated,
  // as for every unanimous vote with a count (protocolVoteLegend.test.ts: "against and abstained stay unwritten"; set 30's
  // Temirtau pins the same two misses).
  'protocol-ru-mintourism-2025-11-12.pdf': ['votes[3].against', 'votes[3].abstain'],
  'protocol-kk-kentau-2025-10-15.txt': [],
  'protocol-kk-zhezkazgan-2025-06-11.txt': [],
};

describe('held-out documents (set 32), seen by no one before they were scored: Mintourism, Kentau, Zhezkazgan', () => {
  it.each(Object.keys(MISSED_VOTES_AND_PAGES))('%s: every field right but the pinned misses, no false figure', async (file) => {
    const score = await scoreHeldOutDocument(DIR, file);
    expect(score.falseFigures).toEqual([]);
    expect(score.missed.map((m) => m.replace(/:.*$/, ''))).toEqual(MISSED_VOTES_AND_PAGES[file]);
  });
});
// ---- end of Mintourism, Kentau, Zhezkazgan ----
