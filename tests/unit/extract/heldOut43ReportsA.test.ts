/**
 * The forty-third blind held-out set's ordinary Kazakh reports, part A (issue 12, session 15): Zhanibek, Aiteke bi,
 * Kyzylkoga, Sauran — four secretaries' phrasing (number words with suffixes, "Label: N" with quarters, "тиісінше",
 * a letter in run-on paragraphs). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-43');

// Scored blind at the start of session 15: Zhanibek 21/36, Aiteke bi 26/39 (1 false), Kyzylkoga 10/39 (1 false),
// Sauran 11/36 (3 false) — 68/150 with 5 false values. Fixed by class (report/reports43kkClassesA.test.ts): 125/150, none
// false. What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-kk-zhanibek-2025': [
    // ("«Жәнібек аудандық ауруханасы» ШЖҚ МКК-ның бас дәрігері" in a list of those heard is read since session 25:
    // heard25.test.ts.)
    // "сайт пен Instagram-да 43 жарияланым" in the summary: the two platforms' sum, while the newspaper's two articles
    // are outside it; whether a sum of some platforms is the report's total is not read (no figure rather than a wrong one).
    'figure publications',
  ],
  'report-kk-aiteke-bi-2025-h1': [],
  'report-kk-kyzylkoga-2025': [
    // "… бөлімдерінің басшылары (4), сондай-ақ «…» ШЖҚ МКК мен «Миялы су» МКК директорлары (2)": a count in brackets after
    // the heads of a list of bodies; bracketCounts reads a bracket after the counted noun, not after a list of names.
    'figure departments_heard', 'figure subordinate_orgs_heard',
    // "екі рет өтті – 2025 жылғы 22 мамырда және 2025 жылғы 28 тамызда": events dated in one sentence after "N рет" are not
    // listed as activities yet. (The round tables, dated in brackets after each quoted title, are read since the merge
    // with set 42's part A: titles each with a bracketed date after the sentence's colon, reports42classesA.test.ts.)
    'activities dialog_platform',
    'activity dialog_platform 2025-05-22', 'activity dialog_platform 2025-08-28',
  ],
  'report-kk-sauran-2025-h1': [
    // "ал басқа үш отырыста аудан әкімдігінің білім бөлімінің, ауыл шаруашылығы бөлімінің және … бөлімінің басшылары":
    // three departments named in the genitive, not counted (as Zhanibek's hospital).
    'figure departments_heard',
    // ("құрамға ешкім қосылған да, одан шыққан да жоқ", neither … nor, is read since session 25: members25.test.ts.)
    // "мәслихат пен әкімдік Кеңеске бірде-бір жобаны сараптамаға жолдаған жоқ": none sent, the active verb with the
    // senders as subject — readStatedNone reads a none of drafts received only in the passive ("түскен жоқ").
    'figure npa_reviewed',
    // "Facebook-те –" / "14, Instagram-да – 29, Threads-те – 6 жазба, жалпы саны – 49": a total after platforms whose
    // sentence began on the line above; reading the sentence's lines together gave a false total in set 38 (Ushtobe).
    'figure publications',
    // ("біріншісі … 13 наурызда …, екіншісі … 29 мамырда": both round tables are read since session 19, by their ordinals.)
  ],
};

describe('held-out Kazakh reports (set 43, part A), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'report-kk-zhanibek-2025',
    'report-kk-aiteke-bi-2025-h1',
    'report-kk-kyzylkoga-2025',
    'report-kk-sauran-2025-h1',
  ], 4, MISSED);
});
