/**
 * Held-out set 132, written blind in session 35 by a writer who never saw kenes' code: MACHINE-TRANSLATED DOCUMENTS,
 * lightly edited (Kostanay oblast districts) — Russian translated from Kazakh and Kazakh from Russian: Kazakh word
 * order in Russian, wrong cases and genders, calques ("отчёт слушание", "остались в стороне", "в один голос", "ұстап
 * қалғандар", "үндеу" for обращение), untranslated words. Scored on the start commit of session 35 and unseen until
 * session 37: 82.7 % with 9 false values; after session 37's classes (the calques as words of their fields, the Kazakh
 * date order in Russian, absentees counted then named in a bracket, a wrapped sentence no indicator row): 98.5 % with
 * none.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-132');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'report-kk-torgai-2026-h1': [
    'activity monitoring 2026-05-20',
  ],
  'report-kk-zatobolsk-2026-9m': [
    'figure publications',
  ],
  'report-ru-borovskoe-2026-q3': [
    'figure commission_meetings', 'figure appeals_individuals',
  ],
  'report-ru-taranovskoe-2025': [
    'figure letters_answered',
  ],
};

describe('held-out set 132, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
