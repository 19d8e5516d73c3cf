import { COUNTING_COMMISSION, SECTION_NEW, VOTE_LEAD } from './lexicon.ts';
import { re } from './re.ts';

/**
 * A protocol heading of its own, all in capitals with its number: "ПРОТОКОЛ № 4", "ХАТТАМА № 4", "ОТЫРЫСЫНЫҢ № 4 ХАТТАМАСЫ",
 * "ХАТТАМА / ПРОТОКОЛ № 6" (a line with no lower-case letter, so never "(протокол № 4 от 12.03.2025)" in a sentence).
 */
export const HEADING = /^[^\p{Ll}]*(?:ПРОТОКОЛ|ХАТТАМА)[^\p{Ll}]*$/u;
export const NUMBER = /№\s*([0-9][0-9\-/.]*[0-9]|[0-9])/u;

/**
 * One file holding two meetings' protocols, "the council's, then after a dashed line the presidium's the same day": a
 * second protocol heading with another number, after the first protocol's discussion or votes, starts another document.
 * The extract is of the first: the lines from the second's heading (and the capitals above it, its body's name) are
 * blanked, their numbering kept. The same number again is the protocol's translation (a bilingual file), never cut.
 * Returns the lines and the line (1-based) the second protocol starts at, or null.
 */
export function firstProtocolOnly(lines: string[]): { lines: string[]; cut: number | null } {
  let first: string | null = null;
  let body = false;
  const heard = re(SECTION_NEW);
  const vote = re(VOTE_LEAD);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = HEADING.test(line.trim()) ? NUMBER.exec(line) : null;
    if (heading && first === null) {
      first = heading[1];
      continue;
    }
    if (heading && first !== null && body && heading[1] !== first && !isCountingProtocol(lines, i)) {
      let start = i;
      while (start > 0 && lines[start - 1].trim() !== '' && !/\p{Ll}/u.test(lines[start - 1])) start--;
      return { lines: lines.map((l, k) => (k >= start ? '' : l)), cut: start + 1 };
    }
    if (first !== null && (heard.test(line.slice(0, 60)) || vote.test(line))) body = true;
  }
  return { lines, cut: null };
}

/**
 * "ПРОТОКОЛ № 1" / "счётной комиссии о результатах тайного голосования …": the counting commission's protocol of a ballot
 * held at this meeting, read out and pasted into its protocol — its heading (or the line or two under it) names the
 * commission. Part of the meeting's protocol (its ballot is a vote of the meeting), never another protocol.
 */
export function isCountingProtocol(lines: string[], i: number): boolean {
  const near = [lines[i], ...lines.slice(i + 1, i + 6).filter((l) => l.trim() !== '').slice(0, 2)];
  return near.some((l) => re(COUNTING_COMMISSION).test(l));
}
