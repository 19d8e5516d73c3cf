/**
 * The reports of the thirty-second blind held-out set (issue 12, "Done when"): layouts not tried before — a list of KPI
 * lines "план / факт / %" decoded by a legend (Shymkent), figures only in chart descriptions "[Диаграмма N …]" (Rudny),
 * one Word table per quarter and none of the nine months (Zhetisay), an activities log to count (Stepnogorsk), Roman
 * sections with every figure in Kazakh number words (Arys). Scored blind at the start of session 12: 70/166 fields of
 * the five reports, 2 false values (Zhetisay's per-quarter platform counts read as the period's). Fixed as classes
 * (report/reports32classes.test.ts): report/partTables, report/planOfFact keepKpiFacts, report/chartDescriptions, a
 * lettered item's none (readStatedNone), drafts with remarks before "оң қорытынды" (lexicon/figures.json). The
 * protocols of the set are another helper's (heldOut32Protocols). The misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-32');

const MISSED: Record<string, string[]> = {
  // Every figure in Kazakh number words under Roman sections and lettered items "а) ә) б)" ("екеуіне ескертулермен оң
  // қорытынды" and "б) Меморандумдар есепті жылы жасалған жоқ" are read since this set): left ("«Арыс қалалық
  // ауруханасы» ШЖҚ МКК-ның" heard is read since session 25, heard25.test.ts): "қала әкімдігінің сайтында – он." (the
  // site named by its owner, across a line break) is no platform readMedia knows; (the round tables listed with
  // genitive dates "наурыздың 14-і" under the lettered item "а) Үш дөңгелек үстел өткізілді:" are read since session 23:
  // a bullet that introduces a dated list further in is a list of its own, events23.test.ts.)
  'report-kk-arys-2025': [
    'media website.publications',
  ],
  // The quarter tables are summed (partTables); "үкіметтік емес ұйымдар мен азаматтардың өкілдері – 13" is read since
  // session 21 (the composition's parts add up: report/compositionParts). Left: departments heard as distinct bodies named in three quarters' notes (counting
  // names across tables is not done), and the dated events in the tables' note cells ("27.02 – «…»") are not activities.
  // Appeals received: the first quarter's note "1 өтініш ІІ тоқсанда жауап алды" (one appeal answered in the second
  // quarter) reads as a second, doubted count of appeals in that quarter, and a quarter stating a figure twice is not
  // summed (partTables) — since set 31/33's Kazakh phrasing of appeals joined the grammar.
  // (The round tables and the public hearing its notes date by day and month, "27.02 – …", read since session 27:
  // tables27.test.ts.)
  'report-kk-zhetisay-2025-9m': [
    'figure departments_heard', 'figure appeals_received',
  ],
  // The charts are read (chartDescriptions); left ("Изменений в составе … не было" is 0 joined and left since
  // session 19): the public hearing is told only in a dated sentence ("17 апреля состоялись общественные
  // слушания"). (The callout "Дан ответ – 25" read since session 24: appealsMedia24.test.ts.)
  'report-ru-rudny-2025-h1': [],
  // The KPI lines are read as their facts (keepKpiFacts), the platforms set in under the publications' line as its
  // parts; left ("1 ГКП «…»" among the bodies heard is read since
  // session 25, heard25.test.ts): "сайт акимата
  // (раздел ОС) – 28" (the site named by its owner, a bracket before the count) is no platform readMedia knows.
  'report-ru-shymkent-2025': ['media website.publications'],
  // An activities log in a framed " | " table: its rows are read as dated activities (readDatedTables: "-----+-----"
  // rules between rows, a row "НЕ СОСТОЯЛОСЬ …, перенесено" not held, the 02.07 row of the next quarter left out).
  // Left: the counts by type are stated nowhere ("вместо сводной таблицы") — meetings are no activity type and a count
  // is never made from rows; "все – от физических лиц" gives no number of appeals from individuals.
  'report-ru-stepnogorsk-2025-q2': [
    'figure general_meetings', 'figure presidium_meetings', 'figure commission_meetings', 'figure report_hearings',
    'figure departments_heard', 'figure monitorings', 'figure round_tables', 'figure public_hearings', 'figure seminars',
    'figure memoranda', 'figure appeals_individuals',
  ],
};

describe('held-out documents (set 32, reports), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
