/**
 * The forty-first blind held-out set's protocols (issue 12, session 14): ordinary documents of ten district councils
 * not used before (Akkayyn, Korgalzhyn, Kokpekty, Irgiz, Bokey Orda; Uspenka, Kaztalov, Egindykol, Uzunkol, Maisky),
 * ru/kk, one .docx and one .pdf — written after sets 37–40 were fixed. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-41');

// Scored blind at the end of session 14 (85.3 % of 299 fields, 2 false values: protocols 134/135, reports 121/164).
// Fixed against then for its two false values only: the online mark abbreviated "(бейнеконф.)"
// (onlineAbbreviated.test.ts);
// Uspenka's newspaper articles put under platform other by the sets' convention (see its notes). Its protocols: every
// field right since.
const MISSED: Record<string, string[]> = {

};

describe('held-out protocols (set 41), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
