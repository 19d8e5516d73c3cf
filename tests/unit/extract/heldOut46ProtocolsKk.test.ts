/**
 * The forty-sixth blind held-out set's Kazakh and mixed protocols (issue 12, session 16): ordinary protocols phrased
 * freely — Baiterek (counts in number words, no list of those present, votes in words, a postponement agreed
 * "бірауыздан"), Raiymbek (.pdf; a late arrival, a vote with no "for" figure, against before for), Tarbagatai (quorum
 * first, those present named inside a sentence, an early leaver, a tie) and Kargaly (kk/ru, votes written twice, a
 * withdrawn proposal, an online member disconnected). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-46');

// Scored blind at the start of session 16: these four 51/102, 13 false values (Baiterek's absentees read from a heading
// of a part of them, "Келмеген үш мүшенің екеуі …: A …" — 1 of 3 — and its votes told in words and broken over the lines
// of the text, read as one vote of 6; Raiymbek's "Жақтап дауыс бергендер – 11, қарсы немесе қалыс қалған мүше болмады"
// and "Қарсы дауыс болған жоқ, бір мүше (…) қалыс қалды" not read, so its third vote was taken for the first, and
// "хабарсыз қалды – себебін ешкімге айтпаған" not read as unexcused; Kargaly's agenda told in a sentence read as one
// item). Fixed by class (protocols46classesKk.test.ts): 98/102, no false value; Tarbagatai's "Залда … отыр, ал Ерланұлы
// Бақытжан … бейнебайланыспен қосылды" read as a class in session 20 (protocols52told.test.ts): 100/102.
// What is left, and why:
const MISSED: Record<string, string[]> = {
  'protocol-mixed-kargaly-2025-09-24': [
    // "На заседании, кроме председателя и секретаря, были Абилов Е.Т., …, Фролов П.П. и Есмаханова Қ.Б.": eight named in a
    // sentence, and the chair and the secretary counted in by their roles ("кроме …"), named only in the opening sentence
    // (in two spellings, Төлегенов / Тулегенов); no reader adds persons named elsewhere by role to a list in a sentence.
    'attendees', 'attendees_online',
  ],
};

describe('held-out protocols (set 46, Kazakh and mixed), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'protocol-kk-baiterek-2025-12-10',
    'protocol-kk-raiymbek-2025-11-19',
    'protocol-kk-tarbagatai-2025-05-14',
    'protocol-mixed-kargaly-2025-09-24',
  ], 4, MISSED);
});
