/**
 * The thirty-seventh blind held-out set's protocols (issue 12, session 13): ordinary documents of ten district councils
 * not used before (Shemonaikha, Irtysh, Martuk, Baidibek, Talas, Alakol; Shortandy, Mamlyut, Makat, Kerbulak), ru/kk,
 * one .docx and one .pdf. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-37');

// Scored blind in session 13 (83.2 % of 322 fields, 3 false values); fixed against then for three classes only (an
// absence "причина отсутствия не известна" is unexcused: unknownReason.test.ts; a list under text that counts for
// itself is a candidate: report/listUnderCountedText.test.ts; the newspaper's "2 мақала" added to Talas' expected, see
// its notes). The misses below are NOT analysed yet: pinned as they stand, so that a change that loses a field or states
// a false one shows; each wants its class found and fixed (next session).
// Kerbulak's "қарсы дауыс берген жоқ" (a none said by its verb) is read since session 14 (report/reports37kkClasses.test.ts).
const MISSED: Record<string, string[]> = {};

describe('held-out protocols (set 37), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 4, MISSED);
});
