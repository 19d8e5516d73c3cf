/**
 * The thirty-seventh blind held-out set's reports (issue 12, session 13): ordinary documents of ten district councils
 * not used before (Shemonaikha, Irtysh, Martuk, Baidibek, Talas, Alakol; Shortandy, Mamlyut, Makat, Kerbulak), ru/kk,
 * one .docx and one .pdf. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-37');

// Scored blind in session 13 (83.2 % of 322 fields, 3 false values); fixed against then for three classes only (an
// absence "причина отсутствия не известна" is unexcused: unknownReason.test.ts; a list under text that counts for
// itself is a candidate: report/listUnderCountedText.test.ts; the newspaper's "2 мақала" added to Talas' expected, see
// its notes). Analysed and fixed by class in session 14 (set 37 then 88 %+, no false value); the misses left below each
// say why.
const MISSED: Record<string, string[]> = {
  // Kazakh reports analysed in session 14 (classes in report/reports37kkClasses.test.ts). Talas' "Азаматтардан түскен
  // өтініштер саны – 12, барлығы жеке тұлғалардан": the kind said of all of them with no number of it is a candidate by
  // the convention of sets 4 and 15 (report/allOfOneKind.ts; kenes offers 12 for review), where this set's author counts it.
  'report-kk-talas-2025-9m': ['figure appeals_individuals'],
  // Russian reports analysed in session 14 (classes in report/reports37ruClasses.test.ts). Still missed:
  'report-ru-irtysh-2025-h1': [
    // ("новые члены не вводились" is 0 joined since session 19.)
    // (Three "ГУ «Отдел …»" bullets under "заслушана информация трёх руководителей:": read since session 15 by
    // report/departmentsListed.ts.)
    // ("22 апреля в рамках общественных слушаний обсуждён проект …", the Russian plural naming one hearing, is 1 since
    // session 24: events24.test.ts.)
    // ("Все пять одобрены без замечаний": no number of remarks, none expected since session 30's convention.)
    // "Все они поступили от физических лиц": the kind said of all of them is a candidate by design (allOfOneKind).
    'figure appeals_individuals',
    // (The hearing of 22 April, "в рамках общественных слушаний обсуждён", is read since session 23: events23.test.ts.)
  ],
  'report-ru-martuk-2025-q3': [
    // "Поступило 6 обращений, все – от физических лиц": all of one kind, a candidate by design (allOfOneKind).
    'figure appeals_individuals',
  ],
  'report-ru-shemonaikha-2025': [
    // (figure npa_reviewed: read since session 25, report/draftClauses.ts.)
    // "…, ещё четверо – работники государственных органов": the state's part told by what its members are, after "ещё";
    // no reader of that yet ("Одиннадцать из них представляют некоммерческие организации", members_civil, is read since
    // session 16, report/reports44classesB.test.ts).
    'figure members_state',
    // ("а также главный врач КГП … (подведомственная организация …)": one body named so, read since session 27,
    // report/subordinatesNamed.ts.)
    // "поступило двенадцать проектов", conclusions on 9 + 3: reviewed only implied by the sum of its conclusions.
  ],
};

describe('held-out reports (set 37), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 6, MISSED);
});
