/**
 * The forty-second blind held-out set's ordinary district reports, part A (issue 12, session 15): Zharkain (bureaucratic
 * subordinate clauses), Sandyktau (telegraphic count-first fragments), Naurzum (.docx, first person plural, numerals
 * with case endings) and Koksu (Kazakh case forms of counts). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-42');

// Scored blind at the start of session 15: these four 96/167, 3 false values (Sandyktau's "Вопросов на заседаниях ОС – 12"
// read as meetings; Koksu's plan under "2026 жылға міндеттер" read as meetings held, and "13 өтініш бойынша … жауап
// қайтарылды" read as appeals received). Fixed by class (report/reports42classesA.test.ts): 150/167, no false value.
// What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-ru-zharkain-2025': [
    // (figure npa_pending: read since session 25, report/draftClauses.ts.)
    // "Пятым заслушан директор КГП … – подведомственного акимату района предприятия": one body heard, told by an ordinal
    // in a list of heads; no count of subordinate organisations is stated.
    'figure subordinate_orgs_heard',
    // "Проект решения маслихата … поступил 24 декабря и будет рассмотрен … в январе 2026 года": one pending draft, told
    // by the singular and the future; no number to read.
    // The six heads heard are told in prose: "шести руководителей, из которых четверо возглавляют отделы акимата района:
    // отдел образования (12 марта), …", then "Пятым …", "шестым – … (на выездном заседании 17 июля)": the count and the
    // dated list are in no label-and-colon shape readCountedItems reads, and two of the six come by ordinals (session 24:
    // the day of "Пятым заслушан директор …; шестым – … (на выездном заседании 17 июля)" is read, one hearing of six).
    'activities report_hearing', 'activity report_hearing 2025-03-12',
  ],
  'report-ru-sandyktau-2025-h1': [
    // ("Заслушаны 4 руководителя: отдел образования (30.01); …; аким Балкашинского с/о (26.06)": the departments among the
    // heads listed after their count are read since session 16, report/bodiesHeardList's headsListed.)
    // ("по всем 4-м – положительные заключения": the dative cardinal after "всем" is read since session 26, members26.test.ts.)
  ],
  'report-ru-naurzum-2025': [
    // "мы попрощались с одним коллегой – … сложил полномочия": the member as "коллега", the count "одним" in the
    // instrumental of a verb of parting, the leaving verb in the next clause about him.
    'figure members_left',
    // ("к нам присоединился новый член": one newcomer in the singular, read since session 26, members26.test.ts.)
    // ("Работаем мы в 2-х комиссиях: социальной и …": the council in the first person, the commissions listed after the colon,
    // read since session 26, members26.test.ts.)
    // (appeals_individuals, "все 11-ть обращений пришли от жителей района", is read since the merge with set 42's part B:
    // appeals counted by the times the council was appealed to, report/reports42classesB.test.ts.)
    // ("Круглый стол на тему «…» собрали 2 июля": read since session 23, "собрали" said of the event: events23.test.ts.)
  ],
};

describe('held-out reports (set 42, part A), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'report-ru-zharkain-2025',
    'report-ru-sandyktau-2025-h1',
    'report-ru-naurzum-2025',
    'report-kk-koksu-2025',
  ], 4, MISSED);
});
