/**
 * The forty-eighth blind held-out set's protocols (issue 12, session 17): ordinary documents of western district councils
 * (Atyrau, Mangystau, Aktobe, West Kazakhstan oblasts). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-48');

// Scored blind on the session's start commit (9575462): the five protocols 117/147 with 8 false values, all in Makhambet's.
// The misses of Karatobe, Zhylyoi, Beineu and Kaztalov fixed by class (protocols48classes.test.ts): 132/147, one left in
// those four (gone at the merge). Makhambet's false values (a joint meeting's body, its votes shifted by "Күн тәртібі 12
// дауыспен бекітілді.") were left to the generic withholding, which took them all: 23/28, none false.
// Kaztalov's "Против, воздержавшихся нет." (both labels listed with a comma over one none) is read by the set-47 class of
// Karaul's "жақтағаны – 9, қарсы, қалыс жоқ" (readVotes NONE_BOTH): unpinned at the merge. All four whole.
const MISSED: Record<string, string[]> = {
  // Makhambet: its 8 false values withheld by the generic guards (unreadVotes.test.ts), not by phrase. A joint sitting of
  // the council and a maslikhat commission is the council's since session 25 (jointSittingBody.test.ts: the writers of
  // sets 48 and 65 read four such titles so). "Күн тәртібі 12 дауыспен бекітілді." and "Шешім 12 дауыспен бірауыздан
  // қабылданды." are read since session 20 (countsOfCounts, countedUnanimous; protocols52told.test.ts): for 12 each.
};

const DOCUMENTS = [
  'protocol-kk-karatobe-2025-03-19',
  'protocol-kk-makhambet-2025-10-15',
  'protocol-mixed-kaztalov-2025-12-10',
  'protocol-ru-beineu-2025-07-09',
  'protocol-ru-zhylyoi-2025-05-21',
];

describe('held-out protocols (set 48), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, DOCUMENTS, 5, MISSED);
});
