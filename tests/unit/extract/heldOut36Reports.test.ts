/**
 * The thirty-sixth blind held-out set's reports (issue 12, session 13): documents as they arrive MANGLED — a plan | fact
 * | 2024 table copied one cell a line with its header's cells over two lines and a page break inside (Shcherbakty), a
 * whole Kazakh text typed on a Russian keyboard with "2O25" in its title and a section saved twice (Moiynkum), a tab
 * table with broken tabs and track-changes marks in its figures (Zhelezinka), a PDF whose text layer is a mangled copy
 * (Otyrar), a questionnaire pasted into an e-mail with one question answered twice in two drafts that disagree
 * (Karabalyk). Scored blind: 70/166 report fields, 8 false values. Fixed as classes (report/reports36classes): the
 * one-cell-a-line table (cellPerLineTable.ts, pageFurniture's last cell by a numbered page), a paragraph saved twice
 * (repeatedParagraphs.ts), a question answered twice (joinValueLines.answeredTwice, answersThatDiffer.ts) and
 * sub-numbered questions with no colon, numbers glued to a letter like a digit and deleted track-change numbers as no
 * counts (readFigures, maskNeverCounts), a mangled title year confirmed by the dates and a part of the year unread as no
 * period (readPeriod), a plan for a part of the year, "ескертусіз", "N проектов поддержаны" (lexicon).
 *
 * The shared TEXT REPAIR (homoglyph digits "1O"/"З8"/"l", Latin letters in Cyrillic words, track changes, Kazakh typed
 * on a Russian keyboard) is another helper's (h-36p); most misses below are words and numbers only that repair makes
 * readable: marked "(repair)". Checked here on a copy repaired by hand (Latin i → і, "2O25"): Moiynkum's period, its
 * seminars and its remarks then come right with no false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-36');

const MISSED: Record<string, string[]> = {
  // Every Kazakh word is typed on a Russian keyboard ("кенес курамында 13 муше", "откiзiлдi", "отiнiш"): repairCopy makes
  // the Latin "i" Kazakh, and the figure and activity lexicons match the keyboard's spellings (lowerPattern,
  // activityLexicon), so the figures and the dated hearing and round tables are read. Still missed: the monitorings'
  // inline list "1) 12.02.2025 – … ; 2) …" with a space before every ";" (no date read, the count is); the three
  // departments heard are named, not counted; "барлыгы каралды" (all reviewed) and the seminar planned but not held
  // ("откізілмеді") are not read in these spellings.
  'report-kk-moiynkum-2025-h1': [
    // (The five monitorings, a list run into its sentence "… жүргізілді : 1) 12.02.2025 – …; 2) …", are read since session 15:
    // report/reports41uzunkolClasses.test.ts.)
    // (Typed without Kazakh letters: its departments heard and drafts reviewed are read since session 27, kazakhLetters.ts.)
    'figure seminars',
  ],
  // The PDF's text layer: old page numbers and headers inside lists and brackets, hyphenated words. Set double-spaced
  // throughout, every line was a paragraph of its own until session 20 (readPdfTextDoubleSpaced.test.ts): its
  // paragraphs now read whole. Still missed: "«Отырар аудандық ауруханасы» ШЖҚ МКК (1 мекеме)" (a subordinate body
  // counted in a bracket), and the six monitorings dated in a list under "• Қoғaмдық мoнитoринг (6):", broken by the old
  // page's number and header.
  'report-kk-otyrar-2025-9m': [
    'activities monitoring',
    'activity monitoring 2025-02-19', 'activity monitoring 2025-03-26', 'activity monitoring 2025-04-15', 'activity monitoring 2025-05-20',
    'activity monitoring 2025-07-17', 'activity monitoring 2025-09-24',
  ],
  // The question 4.1 answered twice (9 and 11) gives candidates only, as it must. Still missed: "3 : отдел … ; отдел … ;
  // КГП …" is a list of bodies by kind the form's answer does not count; "всего – 4 ; одобрено – 4" under a question of
  // the NPA; the dates "(09.10.2025 , 04.12.2025)" with a space before the comma.
  'report-ru-karabalyk-2025-q4': [
    // (figure npa_reviewed: read since session 25, report/draftClauses.ts.)
    'figure departments_heard', 'figure subordinate_orgs_heard',
  ],
  // The tab table with a cell lost ("Заседания президиума\t1\t\t3") stays a candidate; "все – от физических лиц" (appeals_individuals = all),
  // "Получено ответов:\t\t\t7" after tabs ("районная газета – 5", other media, read since session 24), "Круглые столы\tl" (a lone letter l is
  // no digit: repairCopy mends a letter only inside a number) and the monitoring dated over broken tabs are layouts not
  // done in session 13.
  'report-ru-zhelezinka-2025-q3': [
    // ("из них 12 – представители гражданского общества, 3 – госслужащие", members_state, is read since session 16: the
    // state's part after the civil one, its count first, report/reports44classesB.test.ts.)
    'figure round_tables', 'figure appeals_individuals',
    'figure letters_answered', 'activities monitoring',
    'activity monitoring 2025-08-20',
  ],
};

describe('held-out documents (set 36, reports), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
