/**
 * The forty-fourth blind held-out set's Russian city reports, part A (issue 12, session 16): Ekibastuz (counts in
 * subordinate and participial clauses, membership told as a story), Kostanay (impersonal and passive), Pavlodar (.docx,
 * the bodies heard named one by one with no total) and Petropavl (the chair in the first person singular). See the set's
 * notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-44');

// Scored blind at the start of session 16: these four 69/163, 1 false value (Kostanay's "в Telegram-канале Совета (16) -
// всего 74 публикации" read as Telegram's 74). Fixed by class (report/reports44classesA.test.ts): 141/163, no false value.
// What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-ru-ekibastuz-2025-h1': [
    // The membership told as a story with names and no numbers: a death in January, a resignation in March, two newcomers
    // by one decision and "ещё один человек" in June. Counting named people across sentences is not done.
    'figure members_left', 'figure members_joined',
    // ("Круглый стол, единственный за полугодие, собрал 5 марта …", one round table by its day, is 1 since session 24:
    // events24.test.ts.)
    // "До общественных слушаний … дело не дошло": a none said by an idiom ("it did not come to"), not by a verb of none
    // held; readStatedNone's verbs do not take it.
    'figure public_hearings',
    // "шестнадцать из них поданы физическими лицами, одно - КСК «Энергетик»": the legal entity named by its legal form
    // (a housing co-operative), never by "юридическим лицом" or "организацией".
    'figure appeals_legal_entities',
    // (The round table, "собрал 5 марта", is read since session 23: events23.test.ts.)
  ],
  'report-ru-kostanay-2025-h1': [
    // (figure npa_pending: read since session 25, report/draftClauses.ts.)
    // ("Изменений в персональном составе Совета … не происходило" is 0 joined and left since session 19.)
    // ("Проведено общественное слушание по проекту … (17 апреля 2025 года, присутствовало 96 человек, поступило 23
    // предложения)": 1 since session 24, the people who came and the proposals received no count of events: events24.test.ts.)
    // "Организованы два круглых стола - 6 марта («…») и 12 июня («…»), а 28 мая - диалоговая площадка …": two kinds in one
    // sentence: its events are read since session 19 (", а 28 мая - …" parts the kinds), but the dialogue platform's count,
    // one, is only told in the singular.
    'figure dialog_platforms',
    // "Проект решения маслихата … поступил 27 июня и на конец отчётного периода находится на рассмотрении": one pending
    // draft told in the singular, no number.
  ],
  'report-ru-pavlodar-city-2025': [
    // "подписаны 2 меморандума о сотрудничестве – с Торайгыров университетом и с Палатой предпринимателей": the two
    // partners after a dash, no title or date of their own; no reader splits them into events.
    'activities memorandum',
  ],
  'report-ru-petropavl-city-2025': [
    // "Члены Совета провели семь общественных мониторингов. В трёх из них я участвовал лично: 12 февраля …, 15 мая - …, 8
    // октября - …": the dated three are a part ("в трёх из них") counted in a sentence that names no monitoring; the
    // dated-clauses reader takes only the sentence's own count of its kind.
    'activities monitoring', 'activity monitoring 2025-02-12', 'activity monitoring 2025-05-15', 'activity monitoring 2025-10-08',
  ],
};

describe('held-out reports (set 44, part A), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report-ru-ekibastuz', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-kostanay', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-pavlodar-city', 1, MISSED);
  itScoresEachDocument(DIR, 'report-ru-petropavl-city', 1, MISSED);
});
