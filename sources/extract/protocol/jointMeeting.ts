import type { ProtocolVote } from '../types.ts';

/**
 * "ПРОТОКОЛ № 4 совместного заседания с Общественным советом при …", "… бірлескен отырысының хаттамасы": a meeting of two
 * (or more) councils, whose attendance lists name the members of each — the sum is no council's attendance.
 */
export function isJointMeeting(lines: string[]): boolean {
  return JOINT.test(headOf(lines));
}

/**
 * A joint meeting of councils (not of the commissions of one council, whose lists and votes are the one council's):
 * "совместного заседания с Общественным советом при …", "екі кеңестің бірлескен отырысы".
 */
export function isJointMeetingOfCouncils(lines: string[]): boolean {
  const head = headOf(lines);
  return JOINT.test(head) && !/комисси/iu.test(head) && /совет|кеңес/iu.test(head.slice(Math.max(0, head.search(JOINT) - 80)));
}

const JOINT = /совместн\p{L}*\s+(?:выездн\p{L}*\s+)?заседани|бірлескен\s+(?:көшпелі\s+)?отырыс/iu;
const headOf = (lines: string[]) => lines.filter((l) => l.trim() !== '').slice(0, 8).join(' ');

/** "ОС Управления образования: за – 12, …" — a vote told under the name of the council that cast it. */
const LABELLED = /^\s*(?:ГОЛОСОВАЛИ\s*:\s*|ДАУЫС\s+БЕРГЕНДЕР\s*:\s*)?[^:]{2,80}:\s*(?:«\s*)?(?:за|жақта\p{L}*)(?!\p{L})/iu;

/**
 * A joint meeting votes council by council: the lines of one question ("ОС Управления образования: за – 12 …" /
 * "ОС Управления ФКС: за – 9 …") are one vote per council. The protocol is its host's, which is named first (as its
 * attendance is): the first of each group is kept, the other councils' votes are not this council's.
 */
export function hostVotesOfJoint(votes: ProtocolVote[]): ProtocolVote[] {
  const out: ProtocolVote[] = [];
  let last: ProtocolVote | null = null;
  for (const v of votes) {
    const labelled = LABELLED.test(v.text ?? '');
    const sameQuestion = labelled && last !== null && LABELLED.test(last.text ?? '') && v.line - last.line <= 4;
    if (!sameQuestion) out.push(v);
    last = v;
  }
  return out;
}
