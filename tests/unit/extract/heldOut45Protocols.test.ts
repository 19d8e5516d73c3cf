/**
 * The forty-fifth blind held-out set's protocols (issue 12, session 16): three ordinary Kazakh protocols of district and aul
 * councils (Fort-Shevchenko, Sarykemer, Terenozek) beside the set's reports — honorifics before names, attendees told in
 * one running sentence, a chair's speech stating the attendance, collective numerals, "қалған он мүше жиналды", unanimity as
 * "бір кісідей қолдады". See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-45');

// Scored blind at the start of session 16: 67/78 fields, 1 false value (Terenozek: two votes for three, "бір кісідей
// қолдады" not read). Fixed by class (protocolsPhrasedInSentences.test.ts): 76/78, no false value; Fort-Shevchenko's
// attendees told in one running sentence ("Отырысқа … С.Б. Ерғалиевпен қоса …, сондай-ақ Zoom арқылы … қатысты") read as a
// class in session 20 (protocols52told.test.ts): 78/78. What is left, and why:
const MISSED: Record<string, string[]> = {
};

describe('held-out protocols (set 45), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 3, MISSED);
});
