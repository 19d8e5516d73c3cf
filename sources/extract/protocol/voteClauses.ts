import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';
import { filled, readCounts } from './readVotes.ts';

/**
 * A protocol told as narrative (set 164) tells its votes inside long sentences: "…, бірақ бұл ұсынысты 4 мүше жақтап, 7 мүше
 * қарсы болып, 1 мүше қалыс қалды, ұсыныс қолдау таппады, содан кейін … бұл ұсыныс 11 дауыспен … қабылданды.", "…получило 5
 * голосов «за», 6 «против» и 2 «воздержался» и не было поддержано, после чего члены Совета проголосовали …: за – 12, …".
 * The votes are read a line at a time, and a line longer than a vote's sentence (LONGEST_VOTE_LINE) not at all — so such a
 * sentence is cut:
 * - where it moves on to the next step ("после чего", "затем", "однако", "содан кейін", "бірақ") with a vote told on each
 *   side: two votes, a line each;
 * - a clause still too long to be read is cut before the clause its counts start in ("…, кеңес мүшелері дауыс берді:
 *   жақтап – 10, …"), so the vote stands on a line of its own.
 * Both cuts fall at a comma outside brackets and quotes; a sentence with no counts stays whole.
 */
export function voteClauses(sentence: string): string[] {
  if (sentence.length <= SHORT) return [sentence];
  return cutAtNextStep(sentence).flatMap(countsApart);
}

/** readVotes reads the counts of a line no longer than this (a longer one is a speech's paragraph). */
const LONGEST_VOTE_LINE = 400;
const SHORT = 120;

/** ", после чего", ", а затем", ", однако", ", содан кейін", ", бірақ", ", кейін": the narrative's next step. */
const NEXT_STEP = re(`,\\s+(?=(?:а\\s+|и\\s+)?(?:после\\s+чего|затем|потом|однако|содан\\s+кейін|сонан\\s+соң|кейін|сосын|бірақ|алайда)(?![\\p{L}]))`, 'giu');

function cutAtNextStep(sentence: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const m of matchesOf(sentence, NEXT_STEP)) {
    const at = m.index ?? 0;
    if (!outside(sentence, at)) continue;
    const before = readCounts(sentence.slice(start, at));
    const after = readCounts(sentence.slice(at));
    if (filled(before) < 2 || (filled(after) === 0 && !after.unanimous)) continue;
    parts.push(sentence.slice(start, at + 1).trim());
    start = at + 1;
  }
  if (parts.length === 0) return [sentence];
  parts.push(sentence.slice(start).trim());
  return parts;
}

/** The shortest tail, from a comma, that holds every count of the clause: the vote's own clause. */
function countsApart(clause: string): string[] {
  if (clause.length <= LONGEST_VOTE_LINE) return [clause];
  const all = filled(readCounts(clause));
  if (all < 2) return [clause];
  const commas = [...clause.matchAll(/,\s/gu)].map((m) => m.index ?? 0).filter((at) => outside(clause, at));
  const at = commas.reverse().find((c) => filled(readCounts(clause.slice(c + 1))) === all);
  if (at === undefined || clause.length - at > LONGEST_VOTE_LINE) return [clause];
  return [clause.slice(0, at + 1).trim(), clause.slice(at + 1).trim()];
}

/** Whether the position stands outside brackets and quotes. */
function outside(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (text[i] === '(' || text[i] === '«') depth++;
    else if ((text[i] === ')' || text[i] === '»') && depth > 0) depth--;
  }
  return depth === 0;
}
