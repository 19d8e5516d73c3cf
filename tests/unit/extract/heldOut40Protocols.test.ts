/**
 * The fortieth blind held-out set's protocols (issue 12, session 14): PDF and Word layouts (Kurmangazy .docx, Syrym
 * commission, Arshaly .docx registration sheet with blank signature cells, Auliekol with the sheet annexed after the
 * signatures, Glubokoe .pdf). See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-40');

// Scored blind in session 14: 125/132 fields, 1 false value (Arshaly's attendees 4 for 12: the sheet's blank signature
// cells read as absence). The classes fixed are in protocols3940classes.test.ts; no miss is left.
const MISSED: Record<string, string[]> = {};

describe('held-out protocols (set 40), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
