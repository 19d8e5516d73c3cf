import type { ProtocolExtract } from '../extract/types.ts';

/** A vote's row of the votes register: its question's number, or why it has none. */
export type VoteItem = { item_no: number } | { reason: string };

/**
 * The votes register holds one vote per question of a meeting (meeting_id + item_no): each vote's item_no is the agenda
 * question the protocol puts it under (vote.item: its section's heading, its row's label; 0 the agenda itself), never
 * its place in the list — a vote missed or read twice would move every later one onto the wrong question.
 * - A vote the text does not place takes its place in the list only when that place is certain: as many votes as the
 *   agenda's questions (or one more, the first the agenda's own), every vote the text does place standing in its place.
 * - Otherwise it is not loaded, and the reject says why: a person enters its question.
 * - A question with several votes (a proposal voted down, then the decision): the last is the question's vote (the
 *   decision closes its section); the others are not loaded, and the reject says so.
 */
export function voteItems(extract: ProtocolExtract): VoteItem[] {
  const told: (number | null)[] = extract.votes.map((v) => v.item ?? null);
  const questions = extract.agenda_listed === false ? 0 : extract.agenda.length;
  if (told.some((t) => t === null) && questions > 0) {
    const first = extract.votes.length === questions ? 1 : extract.votes.length === questions + 1 && told[0] === 0 ? 0 : null;
    if (first !== null && told.every((t, k) => t === null || t === k + first)) told.forEach((_, k) => (told[k] = k + first));
  }
  const lastOf = new Map<number, number>();
  told.forEach((t, k) => t !== null && lastOf.set(t, k));
  return told.map((t, k) => {
    if (t === null) {
      return { reason: 'the protocol does not tell which question this vote is on (no heading of its question above it, and the votes are not one a question in the agenda\'s order): enter its item_no to load it' };
    }
    if (lastOf.get(t) !== k) {
      return { reason: `another vote on ${t === 0 ? 'the agenda' : `question ${t}`} follows this one (a proposal voted before the decision?): the votes register keeps a question's last vote; enter this one if it is the decision` };
    }
    return { item_no: t };
  });
}
