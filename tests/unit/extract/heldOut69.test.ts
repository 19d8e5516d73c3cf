/**
 * The sixty-ninth blind held-out set (session 27): public councils of republican ministries and agencies (Health, Ecology,
 * the Competition Agency, Digital Development, Labour and Social Protection), 2025 and the first quarter of 2026: a protocol
 * held wholly online with a pasted Zoom participants' list, votes per item in one Word table at the end, a roll with dotted
 * leaders to "+" / "+ Zoom" / "–" marks a quoted legend explains, votes as slashes; a Word table by working group with
 * sub-totals and the whole's breakdown, a Kazakh quarterly letter with the previous quarter in brackets, a PDF with
 * footnotes, months in columns, a plan-vs-fact list. Scored blind on the session's start commit fcb78e70: 291/356 = 81.7 %,
 * six FALSE values (16 absentees for 4: the legend's "қатыспады" made the roll a list of the absent; monitorings 5,
 * public hearings 4, seminars 2 and drafts reviewed 1 from a Word table's count cells run on into the next row's label; 5
 * drafts approved for 12: a PDF's superscript footnote mark put at the start of the next line), none read long (protocols
 * 140/159, reports 151/197).
 * After the session's first classes (count cells end their row, the quoted mark legend, "Барлық мүше – 16", superscript
 * marks read as printed): 304/356 = 85.4 %, none false.
 * After the session's figures classes (a PDF footnote with a plain number read as the note of its superscript mark, the period
 * told by its months, the host ministry as the state part, "кеңестен кетіп", "Кеңес парағы", each subordinate heard named so):
 * now 315/356 = 88.5 %, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-69');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-kk-mtszn-2026-03-12': [
    'online',
  ],
  'protocol-mixed-mcr-2025-04-17': [
    'members_total', 'present', 'attendees', 'attendees_online', 'votes[3].unanimous', 'votes[3].declared',
  ],
  'protocol-ru-azrk-2025-12-11': [
    'absentees_unexcused', 'agenda',
  ],
  'protocol-ru-minzdrav-2026-02-19': [
    'members_total', 'attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused',
  ],
  'report-kk-azrk-2026-q1': [
    'activities report_hearing', 'activities seminar', 'activity report_hearing 2026-02-26', 'activity report_hearing 2026-02-26', 'activity seminar 2026-03-12',
  ],
  'report-kk-mcr-2025-9m': [
    'figure general_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure monitorings', 'figure round_tables', 'figure seminars', 'activities report_hearing', 'activity report_hearing 2025-02-26', 'activity report_hearing 2025-04-17', 'activity report_hearing 2025-07-10', 'activity report_hearing 2025-09-25',
  ],
  'report-kk-minekologii-2025-q4': [
    'activities report_hearing',
  ],
  'report-ru-minzdrav-2025-h2': [
    'activities report_hearing',
  ],
  'report-ru-mtszn-2025': [
    'figure commissions', 'figure commission_meetings', 'figure monitorings', 'figure round_tables', 'figure seminars', 'figure npa_reviewed', 'activities seminar', 'activity seminar 2025-10-22',
  ],
};

describe('held-out set 69, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
