/**
 * The thirty-fourth blind held-out set's protocols (issue 12, session 13): Akmola oblast's council (Kazakh: 26 present,
 * 4 online, 9 absent with reasons) and the financial regulator's ("двое" online, absentees in one run-on line, four
 * votes). Both right blind, every field.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-34');

describe('held-out protocols (set 34), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 2, {});
});
