/**
 * Held-out set 50's PDF protocol whose line pitch was its paragraphs' spacing (session 19, "tables", at proto's request):
 * Kazalinsk's protocol of 5 November 2025, LibreOffice from HTML, a protocol of one-line paragraphs with space after
 * each — read at that pitch, its seven members listed came two by two and its vote table's rows in pairs (11/29, a false
 * count of votes). At its wrapped lines' pitch (readers/readPdfTextPitch.test.ts): every field right.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-50');

describe('held-out set 50: Kazalinsk\'s PDF protocol', () => {
  itScoresEachDocument(DIR, ['protocol-ru-kazalinsk-2025-11-05'], 1, {});
});
