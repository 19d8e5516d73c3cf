/**
 * The twentieth blind held-out set (issue 12, "Done when"): oblast councils of the west and south in Kazakh — members
 * present by number only with "Барлығы: 14 мүше, оның ішінде 3-еуі онлайн" after the list, a quorum as a fraction, two
 * protocols in one file, a member leaving mid-meeting, «иә» / «жоқ» / «қалыс»; a table per district with a total, Latin-
 * script Kazakh words, a period only in the title ("2025 ЖЫЛҒЫ 9 АЙДАҒЫ"), "жыл басынан бері" in a quarter's report.
 * Written by an agent that never saw the extractors, after every fix of sets 16–18; scored blind at the end of session
 * 9: 82.3 % of 186 fields, 8 false values. A 25-minute round fixed the false values only, as classes
 * (protocols20classes, firstProtocolOnly.ts); the misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-20');

const MISSED: Record<string, string[]> = {
  // ("№ 5" at the right of the place line above a bare "ХАТТАМА" is read since: readHeader.ts.)
  // A table per district: the district akims heard are told per row with no total. (Its drafts approved, "… қолдау
  // тапты", are read since set 27.)
  'report-kk-atyrau-oblast-2025': ['figure district_akimats_heard'],
  // A period only in the title, "Есепті кезеңде" in the text; media and hearings in lines with Latin-script words — not
  // analysed in the last round.
  // ("… есептері тыңдалды – барлығы 5 есеп" is read since session 14: reports40classes.test.ts; instagram since reports39classes.)
  // (figure npa_approved: read since session 25, report/draftClauses.ts.)
  'report-kk-mangystau-oblast-2025-9m': ['figure district_akimats_heard'],
  // Latin-script Kazakh nouns ("monitoring", "onlain", "qaralym – 11,4 мың"): the lexicon has Cyrillic stems only.
  'report-kk-zhambyl-oblast-2025-h1': ['figure monitorings', 'figure report_hearings', 'figure appeals_answered', 'media instagram.views', 'activities monitoring', 'activity monitoring 2025-02-12', 'activity monitoring 2025-03-19', 'activity monitoring 2025-04-16', 'activity monitoring 2025-05-14', 'activity monitoring 2025-06-11'],
  // A two-column kk/ru table and the explanations under it: the departments heard are not read from it (the year-to-date
  // column is rightly never read). (The presidium's "1 рет (25 қыркүйекте, …) жиналды", a bracket before the verb, is read
  // since session 25: meetings25.test.ts; so is "өткізілген жоқ" of public hearings with a plan's bracket: events25.test.ts.)
  'report-mixed-kyzylorda-oblast-2025-q3': ['figure departments_heard', 'activities report_hearing', 'activity report_hearing 2025-07-24', 'activity report_hearing 2025-09-25'],
};

describe('held-out documents (set 20), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 3, MISSED);
  itScoresEachDocument(DIR, 'report', 4, MISSED);
});
