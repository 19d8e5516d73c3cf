import type { ProtocolAttendee } from '../types.ts';
import { AGENDA_HEADING, ONLINE, SECTION_NEW } from './lexicon.ts';
import { LIST_NO, re } from './re.ts';
import { splitPerson } from './splitPerson.ts';

/**
 * An item of the list of those present posted again below it, corrected: in a chat, "14. Қалиев Самат Болатұлы" in the
 * list, a member's "мен Zoom-нан қосылдым ғой", then the secretary's "14. Қалиев Самат Болатұлы (Zoom)". The item with
 * the same number and the same name is the same person, read again (never a second attendee): the online mark it adds
 * holds. Only lines no list read, above the agenda and the discussion.
 */
export function applyCorrectedItems(lines: string[], attendees: ProtocolAttendee[]): number[] {
  if (attendees.length === 0) return [];
  const read = new Set(attendees.map((a) => a.line));
  const last = Math.max(...attendees.map((a) => a.line));
  const corrected: number[] = [];
  for (let k = last; k < lines.length; k++) {
    const line = lines[k];
    if (re(AGENDA_HEADING).test(line) || re(SECTION_NEW).test(line)) break;
    if (read.has(k + 1)) continue;
    const item = itemOf(line);
    if (!item) continue;
    const same = attendees.find((a) => a.name === item.name && itemOf(lines[a.line - 1] ?? '')?.no === item.no);
    if (!same) continue;
    // Only a mark added is taken: "1. Иванов И.И. – ответственный" further down without "(онлайн)" is no correction of it.
    if (!re(ONLINE).test(line) || same.online) continue;
    same.online = true;
    corrected.push(k + 1);
  }
  return corrected;
}

function itemOf(line: string): { no: number; name: string } | null {
  const m = re(`^\\s*${LIST_NO}\\s*(.+)$`, 'u').exec(line);
  const person = m ? splitPerson(m[2]) : null;
  return m && person ? { no: Number(m[1]), name: person.name } : null;
}
