/**
 * The thirty-first blind held-out set (issue 12, "Done when"), its protocols: ordinary protocols of six councils not used
 * before — Beyneu's Kazakh .docx, Sarysu's and Taiynsha's commission (Kazakh), Ereymentau's presidium (its size in a
 * sentence with another meeting's decision in brackets, the council's "не менее 15 из 21" in a speech), Karkaraly's PDF
 * (absentees grouped by reason, an agenda item's speaker wrapped in its bracket), Saryagash's (the names only in an annex
 * after the signatures, under a title of three lines with no colon). Written by an agent that never saw the extractors;
 * scored blind: 154/162 fields, 4 false values. Fixed as classes (protocols31classes.test.ts): no false value; the misses
 * left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-31');

const MISSED: Record<string, string[]> = {
  // (Ereymentau's size "сформирован в составе 7 человек (решение …)" and no size from "не менее 15 из 21 члена Совета",
  // since: readStatedCounts.ts; Karkaraly's absentees grouped by reason, since: readAttendance.ts; its item 3's bracket
  // wrapped, since: readAgenda.ts; Saryagash's annex titled "СПИСОК" / "членов …" / "присутствовавших на заседании",
  // since: joinListTitles.ts.)
  // "за – 12 (единогласно)": the vote's `for` is read; none against and none abstaining is left unstated, as for every
  // unanimous vote with a count (the same policy pins set 30's Temirtau).
  'protocol-ru-karkaraly-2025-10-29': ['votes[0].against', 'votes[0].abstain'],
};

describe('held-out documents (set 31), seen by no one before they were scored: protocols', () => {
  itScoresEachDocument(DIR, 'protocol', 6, MISSED);
});
