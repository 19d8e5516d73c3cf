import { declaredIn } from './declaredIn.ts';
import { SECTION_DECIDED, VOTE_HEADING_CLOSING, VOTE_LEAD } from './lexicon.ts';
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
  if (a.declared === null || hasCounts(a) || !hasCounts(b)) return false;
  // "Шешім / Решение: ұсыныс қолдау таппады / предложение не поддержано." / "5 / 6 / 1 – қабылданбады / не принято." (set 182):
  // the form's decision, then its vote line saying the same result again — one vote told twice, not two.
  if (ownResult && !(b.declared === a.declared && decisionOverItsVote(a, b))) return false;
  if (!GOES_ON.test(b.text) && !re(VOTE_HEADING_CLOSING).test(a.text) && !decisionOverItsVote(a, b)) return false;
  return !(a.unanimous === true && ((b.against ?? 0) > 0 || (b.abstain ?? 0) > 0));
}
/**
 * "РЕШИЛИ: предложение не поддержано, мониторинг провести в плановом порядке." / "Голосовали: за – 4, против – 7, воздержался
 * – 1." (set 156), "ШЕШІМ: ұсыныс қабылданбады." / "Дауыс беру: жақтап – 3, қарсы – 8.": the form's decision, its result in
 * words, then the form's vote line (or its bare counts, "2 / 5 / 1 (жақтап / қарсы / қалыс)") — the one vote of the section, its result stated first. Not when the counts carry no
 * adoption the result says ("принято" over "за – 3, против – 8").
 */
function decisionOverItsVote(a: LocatedVote, b: LocatedVote): boolean {
  if (!re(SECTION_DECIDED).test(a.text) || !(re(VOTE_LEAD).test(b.text) || BARE_COUNTS.test(b.text))) return false;
  return a.declared !== 'adopted' || (b.for ?? 0) > (b.against ?? 0);
}
/** A line that opens with its counts a slash or a bar apart: "2 / 5 / 1 (жақтап / қарсы / қалыс – за / против / возд.)." */
const BARE_COUNTS = /^\s*\d{1,3}\s*[/|]\s*\d{1,3}\s*[/|]/u;
/** The counts' line goes on from the result's: a bracket or a lower-case word ("(жақтағаны – 4, …)", "при 7 против"). */
const GOES_ON = /^\s*[(\p{Ll}]/u;
