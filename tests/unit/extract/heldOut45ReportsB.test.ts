/**
 * The forty-fifth blind held-out set's Kazakh district and aul reports, part B (issue 12, session 16): Temirlan (a second
 * half-year, counts as predicates, ordinals, year-to-date traps), Zhambyl (a chair's first-person speech), Dossor (.pdf,
 * quarter by quarter with a Russian summary) and Zhosaly (every figure framed by last year, a Russian section). See the
 * set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';
import { itScoresWithMembershipZeros } from './unchangedMembership.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-45');

// Scored blind at the start of session 16: these four 69/136, 4 false values (Zhosaly's plan under "8. 2026 жылға
// міндеттер" read as 5 meetings, 7 monitorings and 1 hearing held; Zhambyl's "құрамға тағы екі жаңа мүше енгізілді" read as
// the members who joined). Fixed by class (report/reports45classesB.test.ts). What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-kk-temirlan-2025-h2': [
    'figure appeals_legal_entities', 'activities report_hearing', 'activity report_hearing 2025-10-30', 'activity report_hearing 2025-12-17',
  ],
  'report-kk-zhambyl-2025': [
    // (figure npa_approved: read since session 25, report/draftClauses.ts.)
    // (figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
    // "Төралқа, Кеңес ережесіне сәйкес, тоқсан сайын шақырылып, жыл бойы төрт рет жиналды": "тоқсан сайын" (every quarter)
    // makes the clause's count a rate to doubtOfFigure, and the presidium's "рет жиналды" has no form of its own.
    // "Тоғызы да қаралды: жетеуін сол күйінде қолдадық, екеуіне – … – ескертулерімізді жаздық": the first person's
    // "қолдадық" (we supported) and "ескертулерімізді жаздық" (we wrote our remarks) are no verbs of the NPA forms.
    // "жиырма жетісін жеке адамдар жазса, төртеуі шаруа қожалықтары мен серіктестіктерден келді": farms and partnerships
    // are legal entities only by what they are; no word "заңды тұлға" is said.
    'figure appeals_legal_entities',
    // "Отыз бірінің отыз біріне де жазбаша жауап берілді": "бірінің"/"біріне" after "отыз" are not read as the units of
    // 31 (the number reader stops at "отыз"), and the conclusion's "отыз бірі түгел жауабын алды" likewise.
    'figure appeals_answered',
    // (Six hearings in ONE sentence, "Ақпанның 19-ында … басшысы …, наурыздың 26-сында … есептерін тыңдадық, мамырдың
    // 21-інде …, … ал қарашаның 19-ында … басшылары Кеңес алдында есеп берді", each day with its body, are read since
    // session 23: report/datedBodiesHeard.ts; their count and kinds, written nowhere, are candidates.)
  ],
  'report-mixed-dossor-2025-h1': [
    // "Сәуір отырысында … Баймұханованың … туралы есебі, маусым отырысында … есебі тыңдалды": the hearings are dated by the
    // meeting's month ("Сәуір отырысында"), the day only in the sentence before ("2025 жылғы 24 сәуірде және 2025 жылғы 26
    // маусымда" of the meetings); joining the two is not done.
    'activities report_hearing', 'activity report_hearing 2025-04-24', 'activity report_hearing 2025-06-26',
  ],
  'report-mixed-zhosaly-2025': [
    // (figure npa_reviewed, figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
    'figure public_hearings', 'figure appeals_answered',
  ],
};

describe('held-out reports (set 45, part B), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, [
    'report-kk-temirlan-2025-h2',
    'report-kk-zhambyl-2025',
    'report-mixed-zhosaly-2025',
  ], 3, MISSED);
  itScoresWithMembershipZeros(DIR, 'report-mixed-dossor-2025-h1', ['members_joined', 'members_left'], MISSED['report-mixed-dossor-2025-h1'] ?? []);
});
