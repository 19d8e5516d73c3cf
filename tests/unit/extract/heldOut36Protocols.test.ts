/**
 * The thirty-sixth blind held-out set (issue 12), its protocols: documents as they arrive MANGLED — a PDF viewer's copy
 * (hard breaks, hyphenation, page furniture inside the lists), Latin/Cyrillic look-alikes ("Присуствoвали", "1O", "1l",
 * "1З"), Word's track changes pasted as text ("[удалено: 12] 11"), Kazakh typed on a Russian keyboard, a vote table with
 * a cell more in each row than in its header, tables copied a cell a line, an item block saved twice. Written by an agent
 * that never saw the extractors; scored blind at the start of session 13: 56/135 fields of the protocols, 14 false values.
 * Fixed as classes (repairCopy, typedOnRussianKeyboard, protocol/tabBareCells, readVoteTable's row read from the right,
 * pageFurniture's header printed once, readAttendance's run under an empty heading): see repairCopy.test.ts and
 * protocols36classes.test.ts. The misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-36');

// Bayanaul's members' table copied a cell a line, its header repeated under the page break, is read across both pages
// (session 21: its bare cells given their tabs up to a line's length — a status with its reason, "отсутствовал (отпуск,
// заявление от 01.09.2025)", had ended the run on the second page, 8 present read of 13).
const MISSED: Record<string, string[]> = {};

describe('held-out documents (set 36, protocols), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
