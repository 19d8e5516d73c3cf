import type { ProtocolAttendee } from '../types.ts';
import { re } from './re.ts';

/**
 * What only an absentee's line says after the name: away on business, on sick leave, on holiday, absent, without (or for)
 * a good reason — ru and kk. Narrower than the reasons of an absentee's list ("служебн", "форум", "участие в …" can be
 * a member's role): these never describe someone who came.
 */
const AWAY = re(
  `(?<![\\p{L}])(?:командировк|больничн|отпуск|нетрудоспособн|болезн|отсутств|не\\s+явил|не\\s+присутств|(?:без|по)\\s+уважительн|причин[\\p{L}]*\\s+не\\s+(?:сообщ|указ|извест)|іссапар|демалыс|науқас|қатыспа|себебі|себебін|дәлелсіз|дәлелді\\s+себеп)`,
);

const TRIP = re(`(?<![\\p{L}])(?:іссапар|командировк)[\\p{L}]*`, 'giu');

/**
 * The attendees read whose line gives a reason for being away: a list of the absent read as those present (a layout
 * the attendance reader did not know), so neither list's count can be stated.
 */
export function absentAmongPresent(attendees: ProtocolAttendee[]): ProtocolAttendee[] {
  // "Қалдыбаев Н.С. (WhatsApp арқылы, іссапардан)", "(онлайн, из командировки)": connected from a trip, present online.
  return attendees.filter((a) => a.role !== null && a.role !== undefined && AWAY.test(a.online ? a.role.replace(TRIP, '') : a.role));
}
