import type { VoteCategory } from './lexicon.ts';
import { wholeVoteLabel } from './wholeVoteLabel.ts';

/** A pair of the legend: a quoted mark of one to three characters, a dash or "=", the label it stands for. */
const PAIR = /[«"„“]([^«»"„“”\s]{1,3})[»"”“]\s*[-–—=]\s*([\p{L}.]+(?:\s+[\p{L}.]+)?)/gu;

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
    const category = wholeVoteLabel(m[2].replace(/[.,;:]+$/u, '')) ?? (/^иә$/iu.test(m[2]) ? 'for' : null);
    if (category === null || [...out.values()].includes(category)) return new Map();
    out.set(sameMark(m[1]), category);
  }
  return out;
}
