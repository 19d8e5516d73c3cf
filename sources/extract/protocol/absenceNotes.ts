import { tidy } from '../toLines.ts';
import type { ProtocolAbsentee } from '../types.ts';
import { escapeMark, MARKS } from './guestMark.ts';
import { classifyAbsence } from './splitPerson.ts';

/** A note's mark glued to the end of a name, a stop or comma after it: "Абенов Тимур Калиевич[1]", "Утегенова Динара Муратовна[2].", "Ким О.¹". */
const GLUED_MARK = new RegExp(`(?<=[\\p{L}.])(${MARKS})[\\s.,;]*$`, 'u');

/**
 * An absentee's reason told only in a footnote or endnote whose mark is glued to the name (set 197: "Отсутствовали: 1.
 * Абенов Тимур Калиевич[1]" over the note "[1] Служебная командировка в г. Астану …", "[2] Без уважительной причины: о
 * причине отсутствия не сообщил …"; "Не присутствовали: Жумагалиев Арман Серикович[1], …" with the endnote "[1] Находится в
 * служебной командировке …"). The mark is no letter of the name: it goes, whatever the note says. The note's words are
 * the reason only when a line opens with the same mark and they tell excused or not (classifyAbsence): "³ По данным
 * управления" explains no absence.
 */
export function readAbsenceNotes(absentees: ProtocolAbsentee[], lines: string[]): void {
  for (const a of absentees) {
    const m = GLUED_MARK.exec(a.name);
    if (!m) continue;
    a.name = a.name.slice(0, m.index).trim();
    if (a.reason !== null || a.excused !== null) continue;
    const note = noteOf(lines, m[1]);
    const excused = note === null ? null : classifyAbsence(note);
    if (excused === null) continue;
    a.reason = note;
    a.excused = excused;
  }
}

/** The text of the note opening a line with `mark` ("[1] …", "¹ …", "* …"), or null. */
function noteOf(lines: string[], mark: string): string | null {
  const opening = new RegExp(`^\\s*${escapeMark(mark)}(?![*\\d])\\s*[-–—:]?\\s*(\\p{L}.*)$`, 'u');
  for (const line of lines) {
    const m = opening.exec(line);
    if (m) return tidy(m[1]).replace(/[\s.;]+$/u, '');
  }
  return null;
}
