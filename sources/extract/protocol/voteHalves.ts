import type { LocatedVote } from './readVoteTable.ts';

const COUNTS = ['for', 'against', 'abstain'] as const;
const hasCounts = (v: LocatedVote) => COUNTS.some((k) => v[k] !== null);

/**
 * One vote told in two halves on lines next to each other, each read as a vote of its own: its result in words ("Ұсыныс
 * дауысқа қойылды. Ұсыныс қолдау таппады") and, on the next line, its counts with no result ("(жақтағаны – 4, қарсы – 7,
 * қалыс – 1)."), or the counts first and the result after. Two votes there would move every later vote onto the question
 * after its own: the halves are one vote — the counts of the one, the result of the other. Only when each half lacks
 * what the other has (a result with no count, counts with no result) and no line lies between them; a result said
 * unanimous beside counts with a vote against is no pair.
 */
export function joinVoteHalves<T extends LocatedVote>(votes: T[]): T[] {
  const out: T[] = [];
  for (const v of votes) {
    const last = out[out.length - 1];
    if (last !== undefined && v.start === last.end + 1 && halves(last, v)) {
      const [told, counted] = last.declared !== null ? [last, v] : [v, last];
      out[out.length - 1] = { ...counted, ...Object.fromEntries(COUNTS.map((k) => [k, counted[k]])), start: last.start, end: v.end, line: last.line, declared: told.declared, unanimous: told.unanimous === true ? true : counted.unanimous, text: `${last.text} ${v.text}` };
      continue;
    }
    out.push(v);
  }
  return out;
}

function halves(a: LocatedVote, b: LocatedVote): boolean {
  const told = a.declared !== null && !hasCounts(a) ? a : b.declared !== null && !hasCounts(b) ? b : null;
  const counted = told === a ? b : a;
  if (told === null || counted.declared !== null || !hasCounts(counted)) return false;
  return !(told.unanimous === true && ((counted.against ?? 0) > 0 || (counted.abstain ?? 0) > 0));
}
