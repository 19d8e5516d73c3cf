/**
 * The thirty-eighth blind held-out set's reports (issue 12, session 14): ordinary year-end and half-year reports of
 * town councils (Makinsk, Ushtobe, Zaysan, Alga, Bulaevo, Shar, Akkol), ru/kk, one .docx with a Word table; the test
 * is the PHRASING of the figures. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-38');

// Scored blind in session 14: 194/249 fields, 5 false values. Fixed by class (report/reports38classes.test.ts): a
// figure the summary or an indicators table restates with another number is neither (both candidates); the composition
// "на начало года" is no period-end figure; nominal "label: N" lines (ru and kk); the heads heard as dash items or with
// bracketed counts after the genitive; counts in brackets after the noun; "с положительным заключением: 6"; "мүшеден
// тұрды"; "Барлығына (22) жауап берілді"; a line of platform parts under the
// publications' total ("В том числе … в Instagram: 26"); "по пяти – заключения с рекомендациями". Then 223/249, no
// false value; 235/249 after session 24's membership changes (members24.test.ts). Each miss left, with why (the whys of
// Alga and Akkol are read from the text and its notes, not yet traced through the code):
const MISSED: Record<string, string[]> = {
  // report-kk-alga-2025-h1: whole since session 36 — "(яғни екі бөлім)", the departments summed up in a bracket, and the
  // subordinate one with them (plainTextTables36.test.ts). (npa_reviewed, "төрт НҚА жобасы … төртеуі де қаралды", is read
  // since session 16: report/reports45classesB.test.ts.)
  'report-kk-shar-2025': [
    // "тұрақты комиссиялардың он / бір (11) отырысы": the number word broken across two lines, so "бір (11)" disagrees.
    'figure commission_meetings',
    // ("заңды тұлғалардан / – 2", the dash of the part opening the next line, read since session 20: a label's genitive
    // over its "– 2," goes on — continuesSentence.)
    // "қала әкімдігінің сайтында / (12)": the platform's bracketed count on the next line.
  ],
  'report-kk-ushtobe-2025': [
    // "Дөңгелек үстелдер: 2 (2025 жылғы 14 наурызда – …)": the count before a bracket opening with a full date is masked
    // with the date (maskNeverCounts); "Дөңгелек үстелдер: 2." alone is read.
    'figure round_tables',
  ],
  'report-ru-akkol-2025-h1': [
    // (figure npa_with_remarks, figure npa_pending: read since session 25, report/draftClauses.ts.)
    // ("три постоянные комиссии …" read since session 20.)
    // (presidium_meetings read since the merge with set 37's classes: "Заседаний президиума проведено два", an inverted
    // word count closing the sentence.)
    // (figure departments_heard, figure subordinate_orgs_heard: read since session 26, report/bodiesHeardList.ts: heard by
    // the ORDINALS of the meetings, "на втором – руководители отдела образования и отдела ЖКХ", the groups' openers blanked.)
    // "… по двум / – заключения с рекомендациями": the dash opens the next line (read as a list item of its own), so the
    // "по N – заключения с рекомендациями" form that reads Makinsk's does not meet it.
    // "Шестой проект … на 30 июня находится на рассмотрении": an ordinal naming the pending draft, no count.
    // The seminar is dated in the text and again in the "Итого" line: read as two activities.
  ],
  'report-ru-bulaevo-2025': [
    // ("…, в районной газете «Ауыл / тынысы»: 8.", the newspaper's name broken across the line before its count, is the
    // platform "other" since session 24: the list adds up to the total, report/outletItemMedia.)
  ],
  'report-ru-zaysan-2025-h1': [
    // ("новые члены в отчётном периоде в состав не вводились" is 0 joined since session 19.)
    // "Круглые столы в первом полугодии не проводились (один запланирован на сентябрь)": the plan's "один" in the bracket
    // keeps readStatedNone from stating the none.
    // "во II квартале (3) – 16 апреля, …; 21 мая, …; 11 июня, …": several dated events in one item after a bracketed count.
    'activities monitoring', 'activity monitoring 2025-04-16', 'activity monitoring 2025-05-21', 'activity monitoring 2025-06-11',
  ],
};

describe('held-out reports (set 38), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 7, MISSED);
});
