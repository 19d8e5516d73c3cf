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
// қолдады" not read). Fixed by class (protocolsPhrasedInSentences.test.ts): 76/78, no false value. What is left, and why:
const MISSED: Record<string, string[]> = {
  'protocol-kk-fort-shevchenko-2025-04-24': [
    // Those present are told in one running sentence of titles and honorifics ("Отырысқа Кеңес төрағасы С.Б. Ерғалиевпен
    // қоса Кеңес төрағасының орынбасары, … Р.Ж. Оразбаева, … сондай-ақ Zoom арқылы … Е.Қ. Әлімбаев пен … Б.Т. Мәжитова
    // қатысты."), names in the instrumental ("Ерғалиевпен") among the bodies' names: no list to read, the counts come from
    // the stated ones.
    'attendees', 'attendees_online',
  ],
};

describe('held-out protocols (set 45), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 3, MISSED);
});
