/**
 * The forty-sixth blind held-out set's reports (issue 12, session 16): Mendykara (a short district half-year information
 * letter: composition parts in a relative clause, an event told by the times it was held, reports totalled after the
 * heads named). See the set's notes.md and the document's. (Another part of this set's reports is pinned by its own file.)
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-46');

// Scored blind at the start of session 16: 13/29, no false value. Fixed by class (report/reports44classesB.test.ts):
// 20/29. What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-ru-mendykara-2025-h1': [
    // (figure npa_reviewed, figure npa_approved, figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
    // "заслушаны руководители отдела образования и отдела ЖКХ, ПТ и АД района, всего 2 отчёта": the departments are named
    // in one noun phrase, not as items a reader counts.
    // ("16 апреля совместно с ОО «Ана үйі» прошёл круглый стол …", one round table by its day, is 1 since session 24.)
    // "Из отдела внутренней политики поступили 2 проекта НПА. По проекту правил … Совет замечаний не имел, по проекту о
    // благоустройстве направил заключение с замечаниями": the drafts "came in" from a body (no verb of review), and each
    // draft's outcome is told by its own title, no count.
    // "В Instagram (…, более 300 подписчиков) вышло 15 публикаций, на странице в Facebook – 8; в сумме 23": the sum with
    // "в сумме" is no total word of the grammar, and Facebook's count follows "на странице в Facebook" (a page, not a
    // platform label at the clause's start).
    'figure publications', 'media facebook.publications',
  ],
};

describe('held-out reports (set 46), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report-ru-mendykara', 1, MISSED);
});
