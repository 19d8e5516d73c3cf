/**
 * The seventy-first blind held-out set (session 27): public councils of districts of North Kazakhstan and Pavlodar oblasts
 * (Taiynsha, Akkayin, Yesil, Shcherbakty, Bayanaul, Aksu city), 2025, typed as rural secretaries type: Kazakh without its
 * own letters (ә → а, қ → к, ң → н, ү/ұ → у, і as a Latin i or a Cyrillic и) in four documents, Latin look-alikes inside
 * Cyrillic words, a reply e-mail quoting the request it answers, numbering that repeats or skips, no space after a mark,
 * a Word table a paragraph under it corrects. Scored blind on the session's start commit fcb78e70: 248/358 = 69.3 %, six
 * FALSE values (an agenda item dropped for its repeated number; the online named after "из них онлайн:" not read; a
 * corrected table count; a quarter's report read as the year's and three counts of rows run on into one sentence, all of
 * the documents typed without Kazakh letters), none read long (protocols 134/149, reports 114/209).
 * After the session's classes (Kazakh letters given back by the spelling dictionary, hunspell-kk; the space after a
 * glued mark; "label : count" rows; "из них онлайн:"; a retyped agenda number; "ошибочно указано N …, верно – M"):
 * 277/358 = 77.4 %, none false (protocols 138/149, reports 139/209). Session 28: a quarter's column abbreviated "I тоқс."
 * (report/partsOfPeriod.ts) — 285/358 = 79.6 %, none false (reports 147/209). Session 29: Akkayin's commissions' meetings
 * named by the bare Kazakh noun ("комиссия отырыстары – N") — 299/358, none false.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-71');

// Each document's fields still missed (none false); a change that loses or gains one shows here.
const MISSED: Record<string, string[]> = {
  'protocol-mixed-bayanaul-2025-08-20': [
    'votes[1].declared',
  ],
  'protocol-ru-esil-2025-11-26': [
    'votes[3].declared',
  ],
  'report-kk-akkayin-2025-q4': [
    'figure members_civil', 'figure members_state', 'figure members_left', 'figure members_joined', 'figure letters_sent', 'activities report_hearing', 'activity report_hearing 2025-12-03', 'activity report_hearing 2025-12-03',
  ],
  'report-kk-esil-2025-h1': [
    'figure departments_heard', 'figure public_hearings', 'figure round_tables', 'figure appeals_answered', 'activities report_hearing', 'activities monitoring', 'activities public_hearing', 'activities round_table', 'activity report_hearing 2025-01-22', 'activity report_hearing 2025-04-16', 'activity report_hearing 2025-04-16', 'activity report_hearing 2025-06-25', 'activity monitoring 2025-02-12', 'activity monitoring 2025-03-19', 'activity monitoring 2025-05-14', 'activity monitoring 2025-06-11', 'activity public_hearing 2025-05-28', 'activity round_table 2025-04-02',
  ],
  'report-kk-sharbakty-2025-9m': [
    'figure members_total', 'figure members_civil', 'figure commissions', 'figure appeals_answered', 'activities monitoring', 'activities public_hearing', 'activities round_table', 'activities report_hearing', 'activity monitoring 2025-02-12', 'activity monitoring 2025-06-04', 'activity public_hearing 2025-05-27', 'activity round_table 2025-09-18', 'activity report_hearing 2025-04-23',
  ],
  'report-ru-aksu-2025-q3': [
    'figure seminars', 'figure public_hearings', 'media website.publications', 'activities round_table', 'activities seminar', 'activity round_table 2025-08-21', 'activity seminar 2025-09-24',
  ],
  'report-ru-taiynsha-2025': [
    'figure report_hearings', 'activities report_hearing', 'activity report_hearing 2025-03-19', 'activity report_hearing 2025-05-21', 'activity report_hearing 2025-05-21', 'activity report_hearing 2025-08-13', 'activity report_hearing 2025-10-08', 'activity report_hearing 2025-10-08', 'activity report_hearing 2025-12-10',
  ],
};

describe('held-out set 71, seen by no one before it was scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
