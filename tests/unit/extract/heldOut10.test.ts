/**
 * The tenth blind held-out set (issue 12, "Done when"): five protocols and five reports written by an agent that
 * never saw the extractors, scored at the end of session 7 after sets 7, 8 and 9 were fixed — absentees by surname in
 * a sentence, an organisational meeting electing its chair, an online-only meeting in a table, one meeting in two
 * sessions, a questionnaire answered in a table, counts given by month, plan against fact, views in thousands.
 * Blind: 80.3 % of 228 fields, 5 false values (a Telegram count of January taken as the quarter's, a plan's 4 for
 * the 5 held, 2024's column of an indented sub-row, an agenda of two sessions read as 0 items). Those classes are
 * fixed (protocol10, report/reports10); the misses left are pinned below with why. None is a false value.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../sources/extract/parseProtocol.ts';
import { parseReport } from '../../../sources/extract/parseReport.ts';
import { readDocumentText } from '../../../sources/readers/readDocumentText.ts';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-10');
const text = (name: string) => readDocumentText(join(DIR, `${name}.txt`));

// Fields still missed, by document; found after the blind score and not yet read.
const MISSED: Record<string, string[]> = {
  // A newspaper's 4 articles (platform other): not analysed yet.
  'report-kk-ulan-2025': ['media other.publications'],
  // Not analysed yet.
  'report-kk-zharkent-2025-9m': ['figure members_civil', 'figure npa_reviewed', 'figure npa_pending'],
  // "выбыли 1"; "рабочих групп (комиссий)": whether a working group is a commission is not read from a bracket.
  'report-mixed-minekologii-2025': ['figure members_left', 'figure commissions', 'figure commission_meetings'],
  // "Вышел из состава … один член", "Заседаний комиссий проведено 8", "Заслушаны отчёты 3 руководителей" (heads, not
  // hearings counted); the round tables' dates are inside a table's prose answer.
  'report-ru-lisakovsk-2025-h1': ['figure members_left', 'figure commission_meetings', 'figure report_hearings', 'activities round_table', 'activity round_table 2025-03-14', 'activity round_table 2025-05-22'],
  // "Рассмотрены 3 проекта постановлений акимата" gives no figure nor candidate (probably no NPA phrase); the
  // monitorings and the round table: not analysed yet.
  'report-ru-saran-2025-q1': ['figure monitorings', 'figure npa_reviewed', 'activities monitoring', 'activities round_table', 'activity monitoring 2025-01-15', 'activity monitoring 2025-01-22', 'activity monitoring 2025-02-18', 'activity monitoring 2025-03-05', 'activity monitoring 2025-03-19', 'activity monitoring 2025-03-26', 'activity round_table 2025-03-11'],
};

describe('held-out documents (set 10), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);

  it('Saran: a month\'s Telegram count is no count of the quarter', async () => {
    const x = parseReport(await text('report-ru-saran-2025-q1'));
    expect(x.media.filter((m) => m.platform === 'telegram')).toEqual([]);
  });

  it('Ridder: two sessions of one meeting keep one agenda', async () => {
    const x = parseProtocol(await text('protocol-mixed-ridder-2025-11-06'));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3, 4]);
  });
});
