/**
 * The forty-second blind held-out set's reports of Akzhaik, Aktogay, Kurchum and Borodulikha (issue 12, session 15):
 * ordinary district reports, each a secretary's habit of phrasing (units of statistical forms, ratios and
 * comparisons, an analytical note with its plan, adverbs and "N раз"). See the set's notes.md and each document's.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-42');

// Scored blind on 2472370: Akzhaik 23/42, Aktogay 13/32, Kurchum 29/39, Borodulikha 9/32 with one false value (appeals
// received 6 for 7: "В Совет семь раз обращались: шесть заявлений от жителей и одно – от ТОО"). The classes fixed are
// tested in report/reports42classesB.test.ts. What is left, and why:
const MISSED: Record<string, string[]> = {
  'report-ru-aktogay-2025-h1': [
    // ("Совет заслушал 3 отчета: руководителей отдела образования и отдела ЖКХ, …, а также директора ГККП … – подведомственной
    // организации": the bodies' kinds counted from the list since session 25, heard25.test.ts.)
    // "Доля обращений, рассмотренных в срок, – 90 % (9 из 10)" and "одно … на 30 июня еще без ответа": the answered count is
    // the writer's judgement from a share in time and a sentence about the one left (notes: judgement call); no figure.
    'figure appeals_answered',
  ],
  'report-ru-borodulikha-2025-h1': [
    // (figure npa_reviewed: read since session 25, report/draftClauses.ts.)
    // (figure npa_approved: read since session 25, report/draftClauses.ts.)
    // ("страница … в Instagram пополнилась 14 публикациями, в" / "Facebook размещено 5 постов, всего 19": the platforms'
    // sum across the wrap, read since session 17, readPlatformSums.)
    // "Отчитывались начальники отдела образования (6 февраля), отдела ЖКХ … (10 апреля), … а также директор КГУ …
    // (19 июня) – учреждения, подведомственного отделу культуры": bodies named, not counted, and their hearings dated in
    // brackets after each body (below); no reader counts named heads or dates them (as Aktogay above).
    // "Из маслихата поступили 2 проекта решений (…), оба одобрены без замечаний": "оба" is no count word, and the reader of
    // "все одобрены без замечаний" (allOfReceived) also states npa_with_remarks 0, which this set's writer leaves out (its
    // notes: "implied 0, not stated as a count"); the two conventions disagree, so nothing is stated.
    // "Новых членов пока не вводили": a membership's none, a candidate (readStatedNone MEMBERSHIP), as Aktogay's.
    // "Мониторинг проводился два раза: 18-19 марта проверяли …, 27 мая – готовность …": the second date opens a clause
    // after a comma inside the first one's sentence; only the sentence's first date is read. The hearings: above.
  ],
};

describe('held-out set 42 reports B (blind: Akzhaik, Aktogay, Kurchum, Borodulikha)', () => {
  itScoresEachDocument(DIR, [
    'report-mixed-akzhaik-2025',
    'report-ru-aktogay-2025-h1',
    'report-ru-kurchum-2025',
    'report-ru-borodulikha-2025-h1',
  ], 4, MISSED);
});
