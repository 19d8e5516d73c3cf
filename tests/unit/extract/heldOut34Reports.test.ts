/**
 * The thirty-fourth blind held-out set's reports (issue 12, session 13): ordinary narrative reports of agencies and
 * ministries and of Akmola oblast — the competition agency's year (.docx: numbered headings straight over their
 * paragraphs, "21 (двадцать один) член", "По 31 проекту …"), the anti-corruption agency's (.pdf, Kazakh: word numbers,
 * "саны – 2 (5 ақпан және 9 қазан)"), the financial regulator's half-year, Akmola oblast's nine months (Kazakh), the
 * Atomic Energy Agency's first quarter after its council was formed, the Ministry of Defence's year, the Agency for
 * Strategic Planning's Q3 (Kazakh, run-in headings), the Ministry of Foreign Affairs' year (Kazakh sections, then
 * Russian). Scored blind: 187 of 259 report fields, 4 false values (a heading run into the sentence under it; a newly
 * formed council's composition taken for the state at the period's end; a part of appeals "от общественных
 * объединений" taken for civil members). The classes fixed are tested in report/reports34classesA.test.ts and
 * report/reports34classesB.test.ts; the misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-34');

// "Изменений в составе … не происходило": 0 joined and 0 left since session 19 (see heldOut31Reports).

const MISSED: Record<string, string[]> = {
  // ("22 октября проведены общественные слушания по проекту …", one dated hearing, is 1 since session 24.)
  // ("бір мүше … шығарылып, оның орнына жаңа мүше енгізілді": the one who joined in the place of the one who left, read
  // since session 17, report/singleMemberChanges.) ("Ведомстволық бағынысты мекемесі – «Антикор орталығы» директорының
  // ақпараты": a subordinate body named among the hearings, counted since session 27, report/subordinatesNamed.ts.)
  'report-kk-anticor-2025': [],
  // "Заслушаны отчеты двух структурных подразделений Агентства – Департамента … (24 апреля) и
  // Департамента … (26 июня)": the count is of the units, the hearings only by their dates (reading the units as
  // hearings would give departments_heard too, which the set leaves out for an agency's own departments). "11 июня …
  // состоялись общественные слушания": one dated event, no count. "58 обращений …, все – от физических лиц": the kind
  // said of all, no number of it — a candidate 58 (sets 4 and 15 leave it out, 24 and 26 state it). "12 пресс-релизов
  // размещены на интернет-ресурсе Агентства": press releases on a site are not read as the website's publications.
  // (figure appeals_individuals: read since session 26, report/allOfOneKind.ts: "все – от физических лиц; обращений от
  // юридических лиц не поступало" closes it both ways.)
  'report-ru-arrfr-2025-h1': ['figure report_hearings', 'media website.publications'],
  'report-kk-akmola-oblast-2025-9m': [],

  // "12–14 тамыз аралығында … 2026 жылғы ауыл шаруашылығы санағына дайындығына 1 мониторинг жүргізді": the census's
  // year 2026 reads as another period (a candidate), and the monitoring's date range opens the sentence before the
  // type: no dated activity. "4 қыркүйекте … қоғамдық тыңдау өтті": one event told in the singular with no count — an
  // activity, no figure of 1 (the Kazakh public hearing, singleEvents). "17 шілдедегі отырыста … есебі тыңдалды": one hearing,
  // its figure of 1 read since session 35 (set 123's hearings).
  'report-kk-aspr-2025-q3': ['figure monitorings', 'figure public_hearings'],
  // "біреуіне … ескерту жолданды": "біреуі" (one of them) with the dative is no number word of parseCount. The 2
  // monitorings are said of a commission ("Консулдық мәселелер жөніндегі комиссия 2 қоғамдық мониторинг жүргізді"): another
  // body's, a candidate; their dates after the colon ("2025 жылғы 17–18 наурызда – …; 2025 жылғы 14 қазанда – …", no type
  // in each item) are read as the count's items since session 20. The dialogue platform and the seminar are told in the singular (activities, no figure).
  // "На все обращения даны ответы": the count received is a candidate (set 10 reads "all" as no number, this set as 12).
  'report-mixed-mid-2025': [
    'figure monitorings', 'figure dialog_platforms', 'figure appeals_answered',
  ],
  // "Проекты Правил … и Перечня … находятся на рассмотрении": two pending drafts counted only by naming them. The
  // hearing of the Agency's chairman, the round table and the seminar: one each, in the singular, read as activities.
  // (report_hearings read since session 14: one hearing told by its date in the singular, report/singleEvents.)
  // (The seminar, one in the singular, read since session 17: a sentence wrapped over lines is read whole, report/singleEvents.)
  'report-ru-atom-2025-q4': ['figure npa_pending'],
  // "Состав … в 2025 году не изменялся": joined and left 0 stay candidates (sets 4 and 10 read it as no figure). (The
  // seminar of 6 November, one in the singular, read since session 17; "в газете «Сарбаз» – 6" after "опубликовано 75 материалов, в
  // том числе:", the outlet's bare count in a list that adds up, since session 24: report/outletItemMedia.)
  'report-ru-minoborony-2025': [],
};

describe('held-out reports (set 34), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 8, MISSED);
});
