/**
 * The forty-sixth blind held-out set's Russian protocols (issue 12, session 16): ordinary protocols phrased freely —
 * Tselinograd (all narrative, those present named in a sentence), Fedorovka (.docx, a late arrival, a question withdrawn,
 * votes in words, a rejection told result first), Kyzylzhar (no quorum, everything in sentences) and Esil (an absentee
 * poll told as prose). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-46');

// Scored blind at the start of session 16: these four 43/88, 12 false values (Esil's first vote, told as "поддержали
// проект девять человек, против не высказался никто, одна" / "воздержалась", not read, so every vote after it shifted;
// Tselinograd's agenda vote "повестка дня была утверждена единогласно" not read, shifting the others, and two of four
// absentees, named after "Не смогли прийти", missed). Fixed by class (protocols46classesRu.test.ts): 86/88, none false.
// What is left, and why:
const MISSED: Record<string, string[]> = {
  'protocol-ru-fedorovka-2025-04-16': [
    // Those present told in three places: the two online after "из них двое – дистанционно, через Zoom:" inside the count's
    // sentence, the late arrival as the subject of "подошёл в 15.20", and the six others after "Присутствуют также" (a
    // heading of those besides the members elsewhere, ALSO_PRESENT, read as guests). No one list or sentence names the nine
    // (readPresentSentence takes a sentence only when it names as many as are stated present).
    'attendees', 'attendees_online',
  ],
};

describe('held-out protocols (set 46, Russian), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'protocol-ru-tselinograd-2025-02-19',
    'protocol-ru-fedorovka-2025-04-16',
    'protocol-ru-kyzylzhar-2025-10-08',
    'protocol-ru-esil-2025-06-25',
  ], 4, MISSED);
});
