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
// Its protocols: 101/158 blind, 136/158 once the false values were fixed; every miss then analysed and its class fixed in
// session 17 (protocols47classes.test.ts): 158/158 — a roll-call tally "by the list, came" (Karaul, Uzynagash), the present
// counted "of it" and the part online with its program named (Zhansugurov), all present in the room → online 0 (Markakol),
// the labels listed with a comma over one none and "возд. – нет", a unanimous count after the result's verb or as all
// present counted, those for by the verb with their body, a count clause closed by a dash before the result, the result by
// an active verb after its object or "считается принятым", the result's verb on the line above; a count sentence wrapped
// before the colon of its names, a bracket opening the next line, a run of names ending with its sentence and a member
// joining late with the count from then on (Uzynagash, Zhansugurov). No miss is left.
const MISSED: Record<string, string[]> = {
  'protocol-kk-karaul-2025-11-26': [],
  'protocol-kk-zhansugurov-2025-04-23': [],
  'protocol-ru-markakol-2025-10-22': [],
  'protocol-ru-uzynagash-2025-06-18': [],
  'protocol-ru-zhanasemey-2025-03-12': [],
};

describe('held-out protocols (set 47), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
