/**
 * The forty-fourth blind held-out set's protocols (issue 12, session 16): three ordinary protocols of Russian city councils
 * (Lisakovsk, Aksu, Saran) beside the set's eight reports — attendance in number words with those online named between
 * dashes, registration and online told by a name, attendance that changed during the meeting; votes in words, as noun
 * phrases and in one sentence broken over lines, a rejection told by its consequence. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-44');

// Scored blind at the start of session 16: 40/81 fields, 10 false values (Lisakovsk: one vote for three, the first not
// unanimous; Saran: five votes for three — "ни одного «против»" read as 1, "единогласно" on the next line a vote of its own,
// "для принятия решения недостаточно" read as adopted). Fixed by class (protocolsPhrasedInSentences.test.ts): 79/81, no
// false value. What is left, and why:
const MISSED: Record<string, string[]> = {
  'protocol-ru-aksu-2025-09-24': [
    // "голосовали: за - 3, против - 6, воздержались - 1. Рекомендация о переносе в адрес акимата не направляется.": no
    // result is declared, only a consequence of one; inferring "rejected" from the counts or from "не направляется" would be
    // the reader's judgement, not the text's statement.
    'votes[2].declared',
  ],
  'protocol-ru-saran-2025-12-17': [
    // "12 голосов «за», ни одного «против», воздержавшихся нет - единогласно.": unanimous, but no "принято" — a vote's
    // declared result is read only where the text declares one (as "Голосовали: единогласно." alone in the other sets).
    'votes[0].declared',
  ],
};

describe('held-out protocols (set 44), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 3, MISSED);
});
