import type { ProtocolVote } from '../types.ts';
import { declaredIn } from './declaredIn.ts';

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
export function hostVotesOfJoint(votes: ProtocolVote[], lines: string[] = []): ProtocolVote[] {
  const out: ProtocolVote[] = [];
  let last: ProtocolVote | null = null;
  for (const v of votes) {
    const labelled = LABELLED.test(v.text ?? '');
    const sameQuestion = labelled && last !== null && LABELLED.test(last.text ?? '') && v.line - last.line <= 4;
    if (!sameQuestion) out.push(v);
    // "Решение принято обоими советами." below the councils' votes: the host's result too.
    else if (out[out.length - 1].declared === null) out[out.length - 1].declared = declaredByAll(lines, v.line);
    last = v;
  }
  return out;
}

/** "Решение принято обоими советами.", "Шешім екі кеңеспен де қабылданды.": one result told for every council that voted. */
const BY_ALL = /(?:обоими|обеими|всеми)\s+(?:совет|ОС(?!\p{L}))|екі\s+кеңес\p{L}*\s+(?:де|те)(?!\p{L})|барлық\s+кеңес/iu;

/** The result told for all the councils on the line right below a council's vote on line `at` (1-based), or null. */
function declaredByAll(lines: string[], at: number): ProtocolVote['declared'] {
  const next = lines.slice(at, at + 3).find((l) => l.trim() !== '') ?? '';
  return BY_ALL.test(next) && !LABELLED.test(next) ? declaredIn(next) : null;
}

/** "А) Общественный совет при Управлении образования (состав – 15 членов).", "1) Білім басқармасы жанындағы Қоғамдық кеңес …": a council's block. */
const BLOCK = /^\s*(?:\p{Lu}|\d{1,2})\s*\)\s*((?:(?:[^\s()]+\s+){1,5}?жанындағы\s+)?(?:(?:общественн|қоғамдық)\p{L}*\s+)?(?:совет|кеңес)\p{L}*(?:\s.{3,120})?)$/iu;
/** Words of a council's name that tell no council from another. */
const GENERIC = /^(?:общественн|совет|кеңес|қоғамдық|управлен|басқарма|города|қаласы|при|жанындағы|состав|құрам|членов|мүше|государствен|учрежден)/iu;
const stemsOf = (text: string) => new Set((text.match(/\p{L}{4,}/gu) ?? []).filter((w) => !GENERIC.test(w)).map((w) => w.slice(0, 5).toLowerCase()));

/**
 * A joint meeting's attendance told council by council, each under its block ("А) Общественный совет при Управлении
 * образования (состав – 15 членов)." / its counts and lists / "Б) Общественный совет при Управлении ФКС …"): the block of
 * the host — the council named in the protocol's head, above its title — as lines [start, end). Only when exactly one
 * block shares a word of its name with the head and a block follows it (its end is known); else null.
 */
export function hostBlockOfJoint(lines: string[]): { start: number; end: number } | null {
  const title = lines.findIndex((l) => /^\s*(?:протокол|хаттама)/iu.test(l));
  if (title <= 0) return null;
  const head = stemsOf(lines.slice(0, title).join(' '));
  const blocks = lines.flatMap((l, i) => {
    const m = BLOCK.exec(l);
    return m ? [{ at: i, stems: stemsOf(m[1].replace(/\([^)]*\)/gu, ' ')) }] : [];
  });
  if (blocks.length < 2) return null;
  const host = blocks.filter((b) => [...b.stems].some((w) => head.has(w)));
  if (host.length !== 1) return null;
  const k = blocks.indexOf(host[0]);
  return k + 1 < blocks.length ? { start: host[0].at, end: blocks[k + 1].at } : null;
}
