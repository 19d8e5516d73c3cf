/**
 * The forty-seventh blind held-out set's protocols (issue 12, session 16): ordinary documents of ten eastern and
 * south-eastern district councils, written while sets 44–46 were fixed. See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-47');

// The whole set scored blind: 192/353 (54.4 %) with 20 false values on the session's start commit (cdf47d2), 199/353 with
// 23 after sets 44–46's classes; its false values then fixed by class (protocols47falseValues.test.ts): 233/353, none.
// The misses below are pinned UNANALYSED: no one has yet found each one's class and why (the next session's first work).
const MISSED: Record<string, string[]> = {
  'protocol-kk-karaul-2025-11-26': [
    'present', 'votes[0].against', 'votes[1].for',
  ],
  'protocol-kk-zhansugurov-2025-04-23': [
    'present', 'online', 'attendees', 'attendees_online', 'votes[4].abstain',
  ],
  'protocol-ru-markakol-2025-10-22': [
    'online', 'votes[0].abstain', 'votes[0].declared', 'votes[1].abstain', 'votes[2].declared', 'votes[3].abstain',
  ],
  'protocol-ru-uzynagash-2025-06-18': [
    'members_total', 'attendees', 'attendees_online', 'votes[1].declared', 'votes[2].for', 'votes[3].for',
  ],
  'protocol-ru-zhanasemey-2025-03-12': [
    'votes[0].declared', 'votes[4].for',
  ],
};

describe('held-out protocols (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
