/**
 * The seventieth blind held-out set (session 27): district public councils of Mangystau and Atyrau oblasts (Beineu,
 * Zhanaozen, Munaily, Kurmangazy, Isatai, Zhylyoi), 2025–26: a near-verbatim record whose chair asks each vote and tells
 * its answers in one paragraph, slides exported to PDF, a questionnaire. Scored blind on fcb78e70: 293/378 = 77.5 %, four
 * FALSE values; on the session's merged code before anyone looked, 294/378, four false. Left unpinned at the end of
 * session 27 with three false values (Beineu's spoken votes and agenda). Session 28: a vote asked and answered inside the
 * chair's paragraph ("За? Одиннадцать. Против? Один – … Решение принимается: за – 11, …"), speakers with their role in
 * brackets, "три вопроса: первый – … И четвёртым – разное." — 304/378 = 80.4 %, none false. Then a slide's big numbers with
 * their captions right under them (report/cardGrid.ts) — 313/378 = 82.8 %, none false; with all the session's merged
 * classes: 328/378 = 86.8 % (protocols 155/156, reports 173/222).
 * Session 30: Zhanaozen's appeals by sender, each kind before its count with no dash ("жеке тұлғалардан 31, заңды тұлғалардан 3") — 330/378 = 87.3 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-70');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-kurmangazy-2026-02-25': [
    'votes[4].declared',
  ],
  'report-kk-beineu-2026-q1': [
    'figure members_total', 'figure members_civil', 'figure members_state', 'figure appeals_answered', 'figure letters_sent', 'activities monitoring', 'activity monitoring 2026-02-24',
  ],
  'report-kk-kurmangazy-2025-h2': [
    'figure npa_reviewed', 'figure npa_approved', 'figure npa_with_remarks', 'figure appeals_received',
    'figure appeals_individuals', 'figure appeals_legal_entities', 'figure appeals_answered', 'figure letters_sent',
    'figure letters_answered', 'figure publications', 'activities monitoring', 'activities report_hearing',
    'activity monitoring 2025-07-07', 'activity report_hearing 2025-07-29', 'activity monitoring 2025-09-18',
    'activity monitoring 2025-11-06', 'activity report_hearing 2025-11-19', 'activity report_hearing 2025-12-10',
  ],
  'report-kk-zhanaozen-2026-h1': [
    'figure commission_meetings', 'figure commissions', 'media instagram.views', 'activities report_hearing',
  ],
  'report-ru-zhylyoi-2025-h2': [
    'figure members_total', 'figure commissions', 'media instagram.publications', 'media telegram.publications', 'media facebook.publications', 'activity public_hearing 2025-11-05',
  ],
};

describe('held-out set 70, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
