/**
 * The forty-ninth blind held-out set's reports (issue 12, sessions 17–18): ordinary documents of five district councils —
 * bracketed half-year totals with their quarters after the colon (Aiyrtau), a Roman-numbered annual report with a
 * numbered enumeration (Bulandy), a Word table by commission with its total row first under a merged header (Kamysty), a
 * letter with a plan / fact / % table drawn with "+---+" (Karasu), a PDF quarterly table with its total in the last column
 * and an oblast council's figures "для справки" (Pavlodar district). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-49');

// Scored blind (71 %, 16 false over the set) and again on session 18's start commit (5afe97f): the five reports 157/214
// with 4 false (Kamysty's monitorings 6 and round tables 3 from the line "2026 жылға міндеттер: …"; Pavlodar's general
// meetings 9 of the oblast's council "Для справки", its round tables 1 from a quarter's cell of a table not read). Their
// table classes fixed (report/reports49tables.test.ts): 167/214, none false. What is left is sentences, not tables.
const MISSED: Record<string, string[]> = {
  'report-kk-bulandy-2025': [
    // ("құрам – 17 адам: азаматтық қоғамнан – 12, мемлекеттік органдардан – 5", wrapped over three lines: each sector's label
    // and count after the headcount, read since session 19.)
    // ("аудан әкімдігіне ведомстволық бағынысты 2 кәсіпорынның … директорлары", the count after the subordination, read since
    // session 20.)
    // "Биыл Кеңес ешбір ұйыммен меморандум жасасқан жоқ.": a none of memoranda told with "ешбір ұйыммен" between — the
    // stated-none reader knows no such phrase.
    'figure memoranda',
    // "Өткізілген мониторингтер: 1) 20.02.2025 – …; 2) …" wrapped over five lines: the items on its last three lines
    // (14.08, 25.09, 06.11) are not read; the round tables and dialogue platforms dated in brackets after their counts,
    // wrapped too ("Дөңгелек үстел – 2 (24 сәуір, / 16 қазан), диалог алаңы – 2 (… 12 маусымда және … 28 тамызда)"): none.
    // (The round tables dated in a bracket after their label's count, "Дөңгелек үстел – 2 (24 сәуір, 16 қазан)", are read
    // since session 39: countsWithBracketDates' WORDS_THEN_COUNT; the dialogue platforms' days since session 41.)
    'activities monitoring',
    'activity monitoring 2025-08-14', 'activity monitoring 2025-09-25', 'activity monitoring 2025-11-06',
  ],
  'report-kk-kamysty-2025': [
    // (figure npa_approved: read since session 25, report/draftClauses.ts.)
    // ("5 мемлекеттік органның және ұйымның басшысының есебі тыңдалды: «… бөлімі» ММ, …, аудан әкімдігінің «Қамысты жылу» МКК
    // және … ауылдық округінің әкімі." is read since session 23: a quoted Kazakh name's last word tells its kind.)
    // "4 жоба да ескертусіз мақұлданды": "all 4 approved without remarks", the count before "жоба да" — no phrase of npa_approved.
    // "Барлық өтінішке жауап берілді": every appeal answered, no number of them — a candidate (readAllOfReceived), as in set 48.
    'figure appeals_answered',
    // (The monitorings and round tables dated in one paragraph under the commissions' table are read since session 23:
    // events23.test.ts.)
  ],
  'report-ru-karasu-2025': [
    // (figure npa_pending: read since session 25, report/draftClauses.ts.)
    // ("На заседаниях Совета заслушаны отчёты 8 руководителей:" over its eight items is read since session 23: the list's lead
    // counts its items, the hearings' figure read from the table.)
    // "Один проект (…) поступил 22 декабря и будет рассмотрен в январе 2026 года.": a draft pending, its count in words
    // and told in the future — the clause of next year makes it another period's.
  ],
  'report-ru-pavlodar-district-2025-9m': [
    // (figure npa_with_remarks: read since session 25, report/draftClauses.ts.)
    // "Из 6 рассмотренных проектов … 5 одобрены, по 1 проекту (…) Совет направил замечания": the remark told as the
    // council's act on one draft, after "по" — no phrase of npa_with_remarks.
    // "6 общественных мониторингов: 19 марта (…), 16 апреля (…), 14 мая и 11 июня (…, два этапа), 9 июля (…), 17 сентября
    // (…)": the dates after the count, two of them joined by "и" under one bracket — only the first is read.
    'activities monitoring',
    'activity monitoring 2025-04-16', 'activity monitoring 2025-05-14', 'activity monitoring 2025-06-11',
    'activity monitoring 2025-07-09', 'activity monitoring 2025-09-17',
  ],
};

describe('held-out reports (set 49), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
