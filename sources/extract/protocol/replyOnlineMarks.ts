import type { ProtocolAttendee } from '../types.ts';
import { keyOf, sameKey } from './nameKey.ts';
import { ONLINE } from './lexicon.ts';
import { re, SURNAME_INITIALS } from './re.ts';

/**
 * A reply on top of a draft protocol (mailReply.ts) may correct how a member took part: "Серікбаев Ж.Қ. отырысқа залда
 * қатысты, онлайн емес", "Ким А.Б. присутствовал в зале, а не по видеосвязи" — the member's "(онлайн)" mark in the draft's
 * list goes; "Омаров Н.С. онлайн қатысты, залда емес", "Ли В.К. участвовал по видеосвязи, а не очно" — the member is
 * online. Only a sentence that names the member and denies the one way of taking part; a name with a way merely stated
 * ("Жақыпова Д.Б. онлайн қатысты") corrects nothing — the draft may say so already.
 */
export function applyReplyOnlineMarks(reply: string[], attendees: ProtocolAttendee[]): ProtocolAttendee[] {
  const text = reply.filter((l) => l.trim() !== '').join(' ');
  if (text === '') return attendees;
  const changes: { key: ReturnType<typeof keyOf>; online: boolean }[] = [];
  for (const sentence of text.split(/(?<=[.!?;])\s+(?=\P{Ll})|(?<=\S)\s+(?=\d\)\s)/u)) {
    const name = re(`(?<![\\p{L}])(${SURNAME_INITIALS})`).exec(sentence);
    if (!name) continue;
    const rest = sentence.slice((name.index ?? 0) + name[0].length);
    const online = re(`^[^.;]{0,60}?(?:${ONLINE})[\\p{L}]*(?:\\s+арқылы)?\\s+(?:қатысты|қосылды|участвовал[\\p{L}]*|подключал[\\p{L}]*)?[^.;]{0,20}?(?:залда\\s+емес|а\\s+не\\s+(?:очно|в\\s+зале))`).test(rest);
    const inPerson = !online && re(`^[^.;]{0,60}?(?:(?:${ONLINE})[\\p{L}]*\\s+емес|не\\s+(?:по\\s+|через\\s+|в\\s+режиме\\s+)?(?:${ONLINE})|а\\s+не\\s+(?:по\\s+|через\\s+)?(?:${ONLINE}))`).test(rest);
    if (online || inPerson) changes.push({ key: keyOf(name[1]), online });
  }
  if (changes.length === 0) return attendees;
  return attendees.map((a) => {
    const change = changes.find((c) => sameKey(keyOf(a.name), c.key));
    return change === undefined ? a : { ...a, online: change.online };
  });
}
