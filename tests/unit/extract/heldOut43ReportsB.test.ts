/**
 * The forty-third blind held-out set's reports, part B (issue 12, session 15): Eskeldi (bilingual, a Kazakh paragraph and
 * its Russian twin), T. Ryskulov (evaluative prose), Abai oblast (.docx, large numbers in words) and Zhanatas town (the
 * oblast's Russian form, a Kazakh note under each line). See the set's notes.md.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-43');

// Scored blind at the start of session 15: Eskeldi 28/36 (2 false), Ryskulov 21/35 (1 false), Abai oblast 25/39,
// Zhanatas 22/32 (1 false). Fixed by class (report/reports43bClasses.test.ts): an outlet's item of a measured size or
// said to be outside the count is no publication; objects monitored are no monitorings; Kazakh letters answered
// ("17 жауап алды", "20-сынан жауап оралды"), so the bilingual twins that disagree go to review; meetings of one kind
// after their total; events counted as their predicate ("Круглых столов было три", "үшеу болды", "үстелдің екеуі
// өткізілді"); a change from last year in words; composition phrasings; commissions on a form line and "арқылы"; a
// form's line of none is no activity; "1-жартыжылдықтағы".
const MISSED: Record<string, string[]> = {
  'report-kk-ryskulov-2025': [
    // (figure npa_reviewed, figure npa_approved: read since session 25, report/draftClauses.ts.)
    // "небәрі 3 жоба келді …, үшеуіне де ескертусіз келісім берілді": received, then all of them approved with no count of
    // their own; reading 3 reviewed and 3 approved is an inference over two clauses (allOfReceived knows appeals only).
    // "17 өтініш түсті, бәрі жеке тұлғалардан": the kind said of all, no number of it — a candidate by design (allOfOneKind).
    'figure appeals_individuals',
    // ("«Рысқұлов су» МКК (1 кәсіпорын)" after a list of bodies heard is read since session 25: heard25.test.ts.)
    // "аудан әкімдігінің сайтында (16 жаңалық) және әлеуметтік желілерде": the site's bracketed count in a clause that
    // goes on to another place; readMedia refuses counts of a clause naming two places.
    'media website.publications',
    // "Бір қоғамдық тыңдау 2025 жылғы 11 қыркүйекте … бойынша болды": one event, its verb "болды" far from the count; the
    // held verbs take "болды" only right after a count.
    'activities public_hearing', 'activity public_hearing 2025-09-11',
  ],
  'report-kk-abai-oblast-2025': [
    // (figure npa_reviewed, figure npa_approved, figure npa_pending: read since session 25, report/draftClauses.ts.)
    // "аудан әкімдерінің үшеуі (Аягөз, Жарма, Үржар аудандары) және «…» ШЖҚ КМК директоры": district akims heard by a
    // regional council, and one enterprise's director; the bodies-heard readers know departments' phrasing only.
    'figure district_akimats_heard', 'figure subordinate_orgs_heard',
    // "мәслихат шешімдері мен … қаулыларының тоқсан алты жобасына қоғамдық сараптама жасалды: сексен бір жоба ескертусіз
    // мақұлданса, он бес жобаға … ескертулері … берілді. … тағы төрт жоба … қаралып жатқан": drafts of decisions named
    // without the words НҚА/нормативтік, which the NPA entries need as context (the remarks, 15, are read since session 24:
    // "тоқсан алты" opens the sentence with a count, no quarter).
    // ("соның тоқсан жетісі – жеке тұлғалардан, он бесі – заңды тұлғалардан" is read since session 24: "тоқсан жетісі" opens
    // the sentence with a count in words, no quarter, report/readFigures.)
    // "мониторингі (2025 жылғы 10–21 ақпан) болды": a dated range in brackets after the event, verb "болды" at the end.
    'activities monitoring', 'activity monitoring 2025-02-10',
  ],
  'report-mixed-zhanatas-2025-h1': [
    // ("Кеңесте 11 мүше: сегізі қалалық қоғамдық ұйымдардан, үшеуі мемлекеттік мекемелерден" is read since session 25:
    // "мемлекеттік мекемелер" names the state's part, members25.test.ts.)
    // "… бөлімінің басшысы (ақпан) және «…» КМК бас дәрігері (маусым) есеп берді": the bodies heard named one by one with
    // no count; counting them is an inference.
    'figure departments_heard', 'figure subordinate_orgs_heard',
    // "13. Публикации в СМИ и соцсетях – 32" is read alone; in the whole document the count's line is taken as the
    // platforms' line below it (readFigures' lineOf in a unit joined with "Instagram – 21, Telegram – 11"), so the total
    // is refused as a platform's. Found, not fixed in the time.
    'figure publications',
  ],
};

describe('held-out reports (set 43, part B), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'report-mixed-eskeldi-2025',
    'report-kk-ryskulov-2025',
    'report-kk-abai-oblast-2025',
    'report-mixed-zhanatas-2025-h1',
  ], 4, MISSED);
});
