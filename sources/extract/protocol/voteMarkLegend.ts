import type { VoteCategory } from './lexicon.ts';
import { wholeVoteLabel } from './wholeVoteLabel.ts';

/** A pair of the legend: a quoted mark of one to three characters, a dash or "=", the label it stands for. */
const PAIR = /[«"„“]([^«»"„“”\s]{1,3})[»"”“]\s*[-–—=]\s*([\p{L}.]+(?:\s+[\p{L}.]+)?)/gu;

/** A legend's label for no vote cast: "не голосовал", "не участвовал", "отсутствует", "дауыс бермеді", "қатыспады". */
const NO_VOTE_LABEL = /^(?:не\s+(?:голосовал|участвовал)|отсутств|дауыс\s+берме|қатыспа)/iu;

/** The dashes and minus signs one mark may be typed as: "–" in the legend, "-" or "−" in a cell. */
export const sameMark = (mark: string): string => mark.replace(/[-–—−]/gu, '–');

/**
 * The marks a roll-call table's legend gives the choices by: "(«+» – за, «–» – против, «0» – воздержался)", "«+» – иә,
 * «-» – қарсы, «0» – қалыс". Each mark with the vote label it stands for; empty unless the line gives two pairs or more,
 * each a whole label of a different choice (an attendance legend, "«+» – қатысты", gives none).
 */
export function voteMarkLegend(line: string): Map<string, VoteCategory> {
  const out = new Map<string, VoteCategory>();
  const pairs = [...line.matchAll(PAIR)];
  if (pairs.length < 2) return out;
  for (const m of pairs) {
    // "«×» – не голосовал (отсутствует)", "«н/г» – дауыс бермеді": the mark of one who cast no vote is no choice — passed
    // over, the choices' marks still read (set 190).
    if (NO_VOTE_LABEL.test(m[2])) continue;
    const category = wholeVoteLabel(m[2].replace(/[.,;:]+$/u, '')) ?? (/^иә$/iu.test(m[2]) ? 'for' : null);
    if (category === null || [...out.values()].includes(category)) return new Map();
    out.set(sameMark(m[1]), category);
  }
  return out;
}

/**
 * The marks a roll-call table's legend gives for no vote cast ("«×» – не голосовал (отсутствует)"), when the same line is a
 * legend of the choices (voteMarkLegend): a member's cell so marked is in no count.
 */
export function noVoteMarks(line: string): Set<string> {
  if (voteMarkLegend(line).size === 0) return new Set();
  return new Set([...line.matchAll(PAIR)].filter((m) => NO_VOTE_LABEL.test(m[2])).map((m) => sameMark(m[1])));
}
