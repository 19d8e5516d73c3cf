/**
 * The forty-sixth blind held-out set's Kazakh report (issue 12, session 16): Shyngyrlau, a short note of a district
 * council ("қысқаша анықтама"): counts as predicates ("Тұрақты комиссия екеу", "Дөңгелек үстел бір рет – 27 мамырда"),
 * a member's leaving told with its reasons in brackets. See the set's notes.md and the document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-46');

// Scored blind at the start of session 16: 18/26, no false value. Fixed by class (report/reports45classesA.test.ts):
// 23/26. What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-kk-shyngyrlau-2025': [
    // "Отырыстарда аудандық білім бөлімі, ауыл шаруашылығы бөлімі және жұмыспен қамту бөлімі басшыларының есептері
    // тыңдалды": three departments named in running text under plural heads, no count written and no date; counting the
    // bodies a sentence names is the reader's count (readHeadsHeard does it only for heads in the singular on one date).
    'figure report_hearings', 'figure departments_heard',
    // "Кеңеске 12 өтініш түсті, бәрі жеке тұлғалардан": "all of them" from individuals stays a candidate (12): "бәрі" is
    // read as all of the appeals only with the count in the same clause.
    'figure appeals_individuals',
  ],
};

describe('held-out report (set 46, Kazakh), seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, ['report-kk-shyngyrlau-2025'], 1, MISSED);
});
