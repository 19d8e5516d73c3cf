/**
 * The thirty-ninth blind held-out set's reports (issue 12, session 14): Kazakh-first documents of rural and district
 * councils not used before (Syrym, Kobda, Keles, Akkuly, Aral): figures in section headings, a Latin-script section, a
 * Word table with merged header cells and quarter rows, a questionnaire with bare answers, a commission's report beside
 * the council's totals, footnotes and a Russian summary. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-39');

// Scored blind in session 14: 111/174 fields with 6 false values (commissions 5 for 3, commission_meetings 3 for 15,
// report_hearings 2 for 4, npa_approved 0 for 2, a newspaper's editorial articles as media `other`, publications 39 where
// the Kazakh text says 37). Fixed then by class (report/reports39classes.test.ts): 148/174, none false. Each miss below
// is pinned with why it is still missed.
const MISSED: Record<string, string[]> = {
  // Session 42: rewritten to the commission's own figures (session 30's convention). "Комиссия бастамасымен Кеңес
  // отырыстарында екі есеп тыңдалды: … (2025 жылғы 24 сәуір) және … (2025 жылғы 23 қазан)": hearings at the council's
  // sittings, on the commission's initiative — in a commission's report the council's sittings are another body's, so the
  // dated hearings are not read as the commission's (its table's row gives report_hearings 2).
  'report-kk-akkuly-commission-2025': ['activities report_hearing', 'activity report_hearing 2025-04-24', 'activity report_hearing 2025-10-23'],
  'report-kk-keles-2025-q3': [
    // "1.2. мемлекеттік органдардың өкілдері" / "5": a sub-question naming representatives with no word of members; the
    // row lexicon does not take it as members_state without its parent's words.
    'figure members_state',
    // "5 (бесеуі де жеке тұлғалардан)": all of one kind said in words — a candidate by design (readAllOfOneKind).
    'figure appeals_individuals',
  ],
  'report-kk-kobda-2025-h1': [
    // ("Жартыжылдықта құрамда өзгеріс болған жоқ: …" is 0 joined and left since session 19.)
    // ("«Қобда аудандық ауруханасы» ШЖҚ МКК-ның … отчеттары тыңдалды", a state enterprise named by its form, is read since
    // session 25: heard25.test.ts.) The hearings' dates are not read, each inside a bracket ("білім бөлімі – 20 наурыз; …").
    // (npa_reviewed and npa_with_remarks, "4 НҚА жобасы … барлығы қаралды" and "1-еуі ескертулермен (…)", are read since
    // session 15: report/reports42classesA.test.ts.)
    // "11 өтініш түсті, барлығы жеке тұлғалардан": all of one kind — a candidate by design.
    'figure appeals_individuals',
    'activities report_hearing',
    // (The first day, 20 наурыз, is read since session 33: "… отчеттары тыңдалды", the Russian noun with the Kazakh verb,
    // names the hearings — codeSwitching33.test.ts; the sentence's first day only, the other two still missed.)
    'activity report_hearing 2025-05-15', 'activity report_hearing 2025-06-19',
    // (The round table of 28 May, in a numbered section's paragraph after its run-in title, is read since session 15:
    // report/reports41uzunkolClasses.test.ts.)
  ],
  'report-kk-syrym-2025': [
    // (departments_heard and subordinate_orgs_heard read since the merge with set 37's classes: "Олардың төртеуі – аудан
    // әкімдігінің бөлімдері, біреуі – ведомстволық бағынысты ұйым".)
    // "Семинар, оқыту іс-шаралары 2025 жылы өткізілген жоқ (облыстық … 2 онлайн семинарына …)": another body's count in
    // the bracket keeps the stated none from being read.
    'figure seminars',
  ],
  // Aral: whole since session 15 (the round tables dated before their quoted titles: report/reports42classesA.test.ts).
};

describe('held-out set 39: reports', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
