/**
 * The thirty-eighth blind held-out set's protocols (issue 12, session 14): ordinary documents of town councils not used
 * before (Stepnyak, Temir, Sergeevka), ru/kk, one .pdf. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-38');

// Scored blind in session 14: every field right (73 of 73), no false value — nothing fixed against them.
describe('held-out protocols (set 38), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 3, {});
});
