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

const MISSED: Record<string, string[]> = {
  // The only attendance list is the members' table copied a cell a line ("№" / "Ф.И.О." / "Статус в ОС" / "Форма
  // участия" / "1" / "Смагулов …" / "председатель" / "очно" …), its header repeated under the page break. Given their tabs
  // (tabBareCells) only the first page's rows were read as a table — 8 present and 1 absent, a false count — so the
  // attendance reader is not given it: its 17 names read as absent are refused by the stated counts (17 members, 13
  // present leave 4), and no one present is named. Reading the table across its repeated header is left.
  'protocol-ru-bayanaul-2025-09-10': ['attendees', 'attendees_online', 'absentees', 'absentees_excused', 'absentees_unexcused'],
};

describe('held-out documents (set 36, protocols), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
