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
import { itScoresEachDocument, protocolOf, reportOf } from '../../helpers/heldOutSet.ts';
import { itScoresWithMembershipZeros, reportsBut } from './unchangedMembership.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-10');

// Fields still missed, by document; found after the blind score and not yet read.
const MISSED: Record<string, string[]> = {
  // "Совет работает в составе 4 рабочих групп": that these working groups are the commissions is said only in the
  // table's row label "Заседаний рабочих групп (комиссий)" (read there), not in the sentence.
  'report-mixed-minekologii-2025': ['figure commissions'],
  // "Заслушаны отчёты 3 руководителей отделов акимата" counts the departments (departments_heard 3), as the phrasings
  // tests hold ("Заслушаны отчеты 3 руководителей отделов акимата района" states departments_heard only).
  'report-ru-lisakovsk-2025-h1': ['figure report_hearings'],
};

describe('held-out documents (set 10), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, reportsBut(DIR, 'report-ru-lisakovsk-2025-h1'), 4, MISSED);
  itScoresWithMembershipZeros(DIR, 'report-ru-lisakovsk-2025-h1', ['members_joined'], MISSED['report-ru-lisakovsk-2025-h1'] ?? []);

  it('Saran: a month\'s Telegram count is no count of the quarter', async () => {
    const x = (await reportOf(join(DIR, 'report-ru-saran-2025-q1.txt')));
    expect(x.media.filter((m) => m.platform === 'telegram')).toEqual([]);
  });

  it('Ridder: two sessions of one meeting keep one agenda', async () => {
    const x = (await protocolOf(join(DIR, 'protocol-mixed-ridder-2025-11-06.txt')));
    expect(x.agenda.map((a) => a.no)).toEqual([1, 2, 3, 4]);
  });
});
