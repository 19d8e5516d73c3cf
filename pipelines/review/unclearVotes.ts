/**
 * The votes of a protocol a person should confirm, each with what is unclear:
 * no result declared, counts that do not add up to those present, more votes
 * than people present, or a declared result the counts contradict. A vote the
 * text states whole and consistently is not listed: the review asks about what
 * kenes is unsure of, not about everything.
 */
import type { ProtocolExtract, ProtocolVote } from '../../sources/extract/types.ts';
import { voteItems } from '../../sources/contracts/voteItems.ts';

export interface UnclearVote {
  vote: ProtocolVote;
  /** The item_no the document's votes row carries: its question (sources/contracts/voteItems.ts). */
  item_no: number;
  why: string;
}

export function unclearVotes(extract: ProtocolExtract): UnclearVote[] {
  const present = extract.present;
  const out: UnclearVote[] = [];
  const items = voteItems(extract);
  extract.votes.forEach((vote, i) => {
    // A vote not loaded (its question not told) has no row to correct: its reject says why.
    const item = items[i];
    if (!('item_no' in item)) return;
    const why: string[] = [];
    const counts = [vote.for, vote.against, vote.abstain];
    const known = counts.every((c) => c !== null);
    if (vote.declared === null) why.push('no result declared');
    if (!vote.unanimous && vote.for === null) why.push('no count of votes for');
    if (known && present !== null) {
      const sum = counts.reduce((n, c) => n! + c!, 0)!;
      if (sum > present) why.push(`${sum} votes counted, more than the ${present} present`);
      else if (sum !== present) why.push(`for + against + abstain = ${sum}, not the ${present} present`);
    }
    if (vote.for !== null && vote.against !== null && vote.declared !== null) {
      // A majority of the votes cast: the council's own rule may differ (config), so this only asks, never decides.
      const adoptedByCount = vote.for > vote.against + (vote.abstain ?? 0);
      if (adoptedByCount !== (vote.declared === 'adopted')) {
        why.push(`declared ${vote.declared === 'adopted' ? 'adopted' : 'rejected'} with ${vote.for} for, ${vote.against} against${vote.abstain === null ? '' : `, ${vote.abstain} abstaining`}`);
      }
    }
    if (why.length > 0) out.push({ vote, item_no: item.item_no, why: why.join('; ') });
  });
  return out;
}
