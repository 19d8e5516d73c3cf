/**
 * The forty-fifth blind held-out set's Kazakh district and aul reports, part A (issue 12, session 16): Kurmangazy
 * (honorifics, number words with their digits in brackets, counts "-ға тең"), Momyshuly (a literary secretary: case
 * forms, approximations, a fraction), Shauildir (an aul council's passive sentences, dated events inside one sentence)
 * and Shetpe (.docx, plan beside fact in the partitive). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-45');

// Scored blind at the start of session 16: these four 80/125, 2 false values (Kurmangazy's six dashes of people read as
// six report hearings under "органдар мен ұйымдардың жалпы саны он екіге (12) тең"; Momyshuly's fraction "төрттен үші"
// read as 3 individuals' appeals). Fixed by class (report/reports45classesA.test.ts): 108/125, no false value.
// What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-kk-momyshuly-2025': [
    // (figure npa_reviewed, figure npa_approved: read since session 25, report/draftClauses.ts.)
    // "Мәслихаттан алты жоба келіп, алтауына да қорытынды берілді; олардың бесеуі қолдау тапты": the drafts are named by
    // "жоба" alone, with no НҚА / нормативтік word anywhere in the paragraph or above it; a bare "жоба" (any project) is no
    // context for NPA figures.
    // "Сол жетеудің ең есте қалғаны – сәуірдің 23-інде … су мұнарасын тексеру": the monitoring is named only by "Сол
    // жетеудің" (of those seven) pointing back to the sentence before; the dated sentence names no type of event.
    'activities monitoring', 'activity monitoring 2025-04-23',
  ],
  'report-kk-shauildir-2025-h1': [
    // "жобалары Кеңеске сараптамаға жолданбады, сондықтан қоғамдық сараптама жүргізілмеді": the none of the drafts is said
    // by "not sent", which readStatedNone does not know for npa_reviewed.
    'figure npa_reviewed',
    // "15 жарияланым «Шәуілдір ауылдық округі» Instagram парақшасында орналастырылды; басқа алаңдарда … жарияланбады": the
    // platform stands after a quoted page name; the publications' count is read as no total (one platform named) and the
    // platform is not joined to its count across the quote.
    'figure publications', 'media instagram.publications',
    // "2025 жылғы 12 наурызда … тексеріліп, …, 2025 жылғы 21 мамырда Көксарай ауылындағы ауыз су желісінің жай-күйі
    // зерделеніп": two monitorings as dated clauses of one long sentence, only the first typed by the heading word before
    // it ("2 мониторинг жүргізілді:"); the second's verb "зерделеніп" (studied) names no type.
    // "«Шәуілдір су» ЖШС директорының ауыз сумен қамту туралы есебі (2025 жылғы 26 маусым)": the second hearing is dated in
    // brackets after it, inside the sentence that counts "барлығы 2 есеп"; only the meeting's hearing is read as dated.
    // (The two monitorings and the second's date are read since the other classes of session 16 were merged.)
    'activities report_hearing',
  ],
  'report-kk-shetpe-2025': [
    // "Комиссиялар отырыстарының саны былтырғы деңгейде сақталып, 12 болды": the count after a clause of comparison and a
    // comma, "N болды" closing it; the label and its number are in no form the grammar reads across a comma.
    'figure commission_meetings',
    // "Тоғыз мониторингтің ең маңыздылары – … асханасы (2025 жылғы 19 ақпан), … амбулатория (2025 жылғы 15 сәуір) және …
    // (2025 жылғы 8 қазан)": three of nine monitorings, each dated in brackets after its object, in one sentence of
    // "the most important of them"; no dated-list reader reads objects with bracketed dates as events.
    'activities monitoring', 'activity monitoring 2025-02-19', 'activity monitoring 2025-04-15', 'activity monitoring 2025-10-08',
  ],
};

describe('held-out reports (set 45, part A), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, ['report-kk-kurmangazy-2025', 'report-kk-momyshuly-2025', 'report-kk-shauildir-2025-h1', 'report-kk-shetpe-2025'], 4, MISSED);
});
