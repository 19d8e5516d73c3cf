import { declaredIn } from './declaredIn.ts';
import { VOTE_HEADING_CLOSING } from './lexicon.ts';
import { re } from './re.ts';
import type { LocatedVote } from './readVoteTable.ts';

const COUNTS = ['for', 'against', 'abstain'] as const;
const hasCounts = (v: LocatedVote) => COUNTS.some((k) => v[k] !== null);

/**
 * One vote told in two halves on lines next to each other, each read as a vote of its own: its result in words ("Ұсыныс
 * дауысқа қойылды. Ұсыныс қолдау таппады") and, on the next line, its counts with no result ("(жақтағаны – 4, қарсы – 7,
 * қалыс – 1)."). Two votes there would move every later vote onto the question after its own: the halves are one vote —
 * the counts of the one, the result of the other. Only when the result has no count, the counts no result, no line lies
 * between them and the counts' line goes on from the result's (a bracket, a lower-case word); counts above a result are
 * not joined (the result may open the next question's section: "2. СЛУШАЛИ: … Принято единогласно."), and a result said
 * unanimous beside counts with a vote against is no pair. A result closed by the word that opens a vote's counts
 * ("Предложение не принято. Голосовали:" / "«за» – 6;" …, "Ұсыныс қолдау таппады. Дауыс беру:") is followed by its own
 * counts whatever their line opens with.
 */
export function joinVoteHalves<T extends LocatedVote>(votes: T[]): T[] {
  const out: T[] = [];
  for (const v of votes) {
    const last = out[out.length - 1];
    if (last !== undefined && v.start === last.end + 1 && halves(last, v)) {
      out[out.length - 1] = { ...v, start: last.start, end: v.end, line: last.line, declared: last.declared, unanimous: last.unanimous === true ? true : v.unanimous, text: `${last.text} ${v.text}` };
      continue;
    }
    out.push(v);
  }
  return out;
}

function halves(a: LocatedVote, b: LocatedVote): boolean {
  // The counts' half may carry the result's already, read from the line above that it goes on from ("… / решение принято"
  // over "(за – 14 / …)."): it is a result of its own only when its own words say one.
  const ownResult = b.declared !== null && (b.declared !== a.declared || declaredIn(b.text) !== null);
  if (a.declared === null || hasCounts(a) || ownResult || !hasCounts(b)) return false;
  if (!GOES_ON.test(b.text) && !re(VOTE_HEADING_CLOSING).test(a.text)) return false;
  return !(a.unanimous === true && ((b.against ?? 0) > 0 || (b.abstain ?? 0) > 0));
}
/** The counts' line goes on from the result's: a bracket or a lower-case word ("(жақтағаны – 4, …)", "при 7 против"). */
const GOES_ON = /^\s*[(\p{Ll}]/u;
