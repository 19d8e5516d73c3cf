/**
 * The forty-first blind held-out set's reports (issue 12, session 14): ordinary documents of ten district councils not
 * used before (Akkayyn, Korgalzhyn, Kokpekty, Irgiz, Bokey Orda; Uspenka, Kaztalov, Egindykol, Uzunkol, Maisky), ru/kk,
 * one .docx and one .pdf — written after sets 37–40 were fixed. See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-41');

// Scored blind at the end of session 14 (85.3 % of 299 fields, 2 false values: protocols 134/135, reports 121/164).
// Fixed against then for its two false values only: the online mark abbreviated "(бейнеконф.)"
// (onlineAbbreviated.test.ts);
// Uspenka's newspaper articles put under platform other by the sets' convention (see its notes); and one class of
// Egindykol's, kinds named together before one none (report/noneOfSeveralKinds.test.ts), and one of Kaztalov's, "барлығына,
// яғни 11-іне, белгіленген мерзімде жауап берілді" (report/reports37kkClasses.test.ts). The misses below are
// NOT analysed yet: pinned as they stand, so that a change that loses a field or states a false one shows; each wants
// its class found and fixed (next session).
const MISSED: Record<string, string[]> = {
  // Analysed in session 15 (classes in report/reports41bodiesMembersItems.test.ts); "Есепті жылы Кеңес құрамына өзгеріс
  // енгізілген жоқ" is 0 joined and left since session 19.
  'report-kk-kaztalov-2025': [],
  // Uzunkol: every miss's class fixed (report/reports41uzunkolClasses.test.ts): a list run into its sentence ("Мониторингтер:
  // 1) …; 2) …"), a numbered section's run-in title, civil servants as the state members, a member brought in by an act
  // named between, "ескертусіз оң қорытынды" of "5 жобаның 3-еуі", the bodies heard listed by kind.
  'report-kk-uzunkol-2025-h1': [],
  // Egindykol (analysed, session 15; its classes in report/monthByMonthReport.test.ts): what is left is the sets'
  // convention, not a layout ("Изменений в составе в квартале не было" is 0 joined and left since session 19): "поступило 5 обращений, все
  // - от физических лиц" gives appeals_individuals 5 as a candidate (sets 4 and 15 state no individuals for it:
  // report/allOfOneKind).
  'report-ru-egindykol-2025-q3': ['figure appeals_individuals'],
  // Analysed in session 15 (classes in report/reports41bodiesMembersItems.test.ts). Still missed, an activity count
  // only: the five bodies heard are named in one sentence ("от руководителей отдела образования, отдела ЖКХ, ПТ и АД, …,
  // ГКП … и акима …"), whose commas also part one department's name ("ЖКХ, ПТ и АД"), so it is not split into hearings.
  'report-ru-maisky-2025': ['activities report_hearing'],
  // Uspenka: every field read since session 15.
};

describe('held-out reports (set 41), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
