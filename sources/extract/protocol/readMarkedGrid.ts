import type { ProtocolAbsentee, ProtocolAttendee } from '../types.ts';
import { ONLINE } from './lexicon.ts';
import { TICK } from './markSymbols.ts';
import { re, SURNAME_INITIALS } from './re.ts';
import { classifyAbsence } from './splitPerson.ts';

/**
 * The members set out as a grid, several on a line, each name closed by the mark a legend above explains ("КЕСТЕ 2.
 * Мүшелер (✓ – қатысты / присутствовал)" over "1-комиссия: Мырзахметов А.Т. ✓   Сыздықова Г.Н. ✓   Шайхутдинов Р.Ф. ✓
 * (онлайн)"), a group's label opening its first line, an absent member on a line of his own with the reason after a dash
 * ("Абдулаев Н.К. – демалыста / в отпуске"). A line-per-member reader takes such a line for one person.
 *
 * Read only under a legend whose mark means presence, only a block every line of which is names with marks or an absent
 * member's line, and only when the grid agrees with the counts the protocol states (as many marked as present, as many
 * in all as its members): else nothing, and the other readers' findings stand.
 */
export function readMarkedGrid(lines: string[], stated: { present: number | null; total: number | null }): { attendees: ProtocolAttendee[]; absentees: ProtocolAbsentee[] } | null {
  if (stated.present === null) return null;
  const legend = lines.findIndex((l) => LEGEND.test(l));
  if (legend < 0) return null;
  const attendees: ProtocolAttendee[] = [];
  const absentees: ProtocolAbsentee[] = [];
  for (let k = legend + 1; k < lines.length && lines[k].trim() !== ''; k++) {
    const body = lines[k].replace(GROUP_LABEL, '').trim();
    const absent = ABSENT_LINE.exec(body);
    if (absent) {
      const reason = absent[2].trim();
      absentees.push({ name: absent[1], excused: classifyAbsence(reason), reason, line: k + 1 });
      continue;
    }
    const cells = body.split(/\s{2,}|\t/u);
    for (const cell of cells) {
      const marked = MARKED.exec(cell.trim());
      if (!marked) return null;
      attendees.push({ name: marked[1], role: null, online: marked[2] !== undefined && re(ONLINE).test(marked[2]), line: k + 1 });
    }
  }
  if (attendees.length !== stated.present) return null;
  if (stated.total !== null && attendees.length + absentees.length !== stated.total) return null;
  return { attendees, absentees };
}

/** "(✓ – қатысты / присутствовал)", "✔ — присутствовал": the tick, a dash, presence. */
const LEGEND = new RegExp(`${TICK}\\s*[-–—:]\\s*(?:қатыс(?:ты|қан)|присутств)`, 'iu');
/** "Төралқа:", "1-комиссия:", "Комиссия № 2:", "Руководство:" — a group's label before its first name. */
const GROUP_LABEL = /^\s*[^\s:✓✔✅☑][^:✓✔✅☑]{0,40}:\s+(?=\p{Lu})/u;
/** "Шайхутдинов Р.Ф. ✓ (онлайн)": a member, the tick, the way of taking part in brackets if any. */
const MARKED = new RegExp(`^(${SURNAME_INITIALS})\\s*${TICK}\\s*(?:\\(([^()]*)\\))?$`, 'u');
/** "Абдулаев Н.К. – демалыста / в отпуске": a member with no tick, his reason after a dash. */
const ABSENT_LINE = new RegExp(`^(${SURNAME_INITIALS})\\s+[-–—]\\s+([^✓✔✅☑]+)$`, 'u');
