import type { ProtocolAttendee } from '../types.ts';
import { nameKey, type NameKey } from './nameKey.ts';

/**
 * Those present listed in full (by commission, or in one list) and those online listed again apart, short: "Онлайн
 * қосылғандар: Ыдырысов Н.Ғ. (Мақтаарал ауданынан), Сарыбаева И.Ә." under "Ыдырысов Нұрсұлтан Ғаниұлы, …". Each online
 * entry that is one person already listed in the room is that person, online — not one more attendee (set 67: 25 read
 * for 21 stated). Only when the stated count of those present says so (as many listed as stated once they are folded):
 * two members may share a surname and initials. Returns the lines of the entries folded in.
 */
export function foldOnlineRepeats(attendees: ProtocolAttendee[], present: number | null): number[] {
  if (present === null || attendees.length <= present) return [];
  const pairs: { repeat: ProtocolAttendee; listed: ProtocolAttendee }[] = [];
  for (const repeat of attendees.filter((a) => a.online)) {
    const key = nameKey(repeat.name);
    if (!key) continue;
    const same = attendees.filter((a) => !a.online && a !== repeat && samePerson(nameKey(a.name), key));
    if (same.length === 1 && !pairs.some((p) => p.listed === same[0])) pairs.push({ repeat, listed: same[0] });
  }
  if (attendees.length - pairs.length !== present) return [];
  for (const { repeat, listed } of pairs) {
    listed.online = true;
    attendees.splice(attendees.indexOf(repeat), 1);
  }
  return pairs.map((p) => p.repeat.line);
}

/** One surname, and each part of the rest both give the same: the same word where both are whole, else the same initial. */
function samePerson(a: NameKey | null, b: NameKey): boolean {
  if (!a || a.surname !== b.surname) return false;
  return a.rest.slice(0, b.rest.length).every((w, k) => (w.length > 1 && b.rest[k].length > 1 ? w === b.rest[k] : w[0] === b.rest[k][0]));
}
