/**
 * The forty-fourth blind held-out set's Russian city reports, part B (issue 12, session 16): Ridder (every figure through a
 * comparison with 2024), Rudny (.pdf, dated events in long run-on sentences), Shchuchinsk (plan against fact, zeros in
 * words) and Stepnogorsk (a bureaucratic predicate for each count, a conclusion restating them). See the set's notes.md
 * and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-44');

// Scored blind at the start of session 16: these four 87/163, 1 false value (Ridder's "Двадцать восемь обращений поступило
// от жителей, три - от организаций" read as the appeals received). Fixed by class (report/reports44classesB.test.ts):
// 111/163, no false value. What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-ru-ridder-2025': [
    // "Впервые за три года Совет провёл диалоговую площадку - 11 сентября": one event in the singular; the dialog
    // platform read from "Общественный контроль" is doubted against another activity the lexicon takes from "по двум даны
    // замечания (…)" (an activity too many, no longer read since session 20: "- девять." is a sentence wrapped before its
    // dash), so the single event is a candidate only.
    'figure dialog_platforms',
    // "В 2024 году на экспертизу в Совет пришло только пять проектов НПА, в 2025-м - девять": the period's count stands
    // with its noun left out ("в 2025-м - девять"), the noun only in last year's clause; no reader carries it over.
    'figure npa_reviewed',
  ],
  'report-ru-rudny-2025': [
    'figure general_meetings', 'figure commission_meetings', 'figure report_hearings', 'figure departments_heard', 'figure subordinate_orgs_heard', 'figure monitorings', 'figure round_tables', 'figure public_hearings', 'figure seminars', 'figure memoranda', 'activities monitoring', 'activities report_hearing', 'activity monitoring 2025-04-03', 'activity monitoring 2025-05-22', 'activity monitoring 2025-09-16', 'activity monitoring 2025-11-18', 'activity report_hearing 2025-05-21',
  ],
  'report-ru-shchuchinsk-2025-h1': [
    // (figure npa_reviewed, figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
    // (The four heads named one by one after "отчитались четверо:" are counted by kind since session 17, bodiesHeardList;
    // their dates are not: the activities pinned at the end.)
    // "Общественные слушания на первое полугодие планом не намечались и Советом не организовывались": a none told with
    // the plan's verb first; readStatedNone takes a plan's none for no statement of what was held.
    'figure public_hearings',
    // "Поступило четыре проекта решений маслихата, все четыре одобрены; ни по одному замечаний не было": drafts of the
    // maslikhat's decisions are not NPA to the lexicon without "НПА"/"нормативных"; the none of remarks is told with
    // "ни по одному", which readStatedNone does not read.
    // "Поступило 9 обращений, все от жителей города": the kind said of all, no number of it — a candidate by design
    // (readAllOfOneKind); "от организаций - ни одного": a none of a part, not read.
    'figure appeals_individuals', 'figure appeals_legal_entities',
    // ("В Instagram - 15 публикаций, в Facebook - 7, на сайте акимата города - 5, всего 27": the total closing the
    // platforms wrapped over lines, read since session 17, readPlatformSums.)
    'activities report_hearing', 'activity report_hearing 2025-03-27', 'activity report_hearing 2025-06-26',
  ],
  'report-ru-stepnogorsk-2025': [
    // (figure npa_approved: read since session 25, report/draftClauses.ts.)
    // "один отчёт представил директор ГКП на ПХВ «Степногорск Су», подведомственного акимату города": one body, told in the
    // singular by the report it gave; no count of subordinate organisations is stated.
    // "Экспертная работа Совета выразилась в 12 рассмотренных проектах …, из них с положительным заключением без замечаний -
    // 9": the count inside "выразилась в …" (a prepositional phrase, doubted as a circumstance), so its part "из них … - 9"
    // has no total to be read against.
    'figure npa_reviewed',
    // ("Количество проведённых общественных мониторингов ограничилось четырьмя: … (март), … (май), … (июль), … (сентябрь)",
    // the events by month in brackets after each, are read since set 44's other classes were merged: report/monthItems.)
    // ("обучающих семинаров для членов Совета - 1 (совместно с Палатой НПО, 22 октября)": the date inside a bracket after
    // the count, read since session 41.)
  ],
};

describe('held-out reports (set 44, part B), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report-ru-ridder', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-rudny', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-shchuchinsk', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-stepnogorsk', 1, MISSED);
});
