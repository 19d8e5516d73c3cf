import { COUNT_SOURCE as N, parseCount } from '../parseCount.ts';
import { OPEN_SUM, WRITTEN_SUM, addsUp } from '../grammar/writtenSum.ts';
import { re } from './re.ts';

const blank = (s: string) => s.replace(/\S/gu, ' ');

/**
 * A vote line's sums, as the text writes them (grammar/writtenSum), offsets kept:
 * - "Жақтап – 7 (залда) + 2 (онлайн) = 9", "за – 8 (в зале) + 2 (онлайн) = 10": the count is the sum's written result;
 *   the addends (the rooms) are blanked. A sum that does not add up is blanked whole (neither number is known right).
 * - "(8+1+1 = 10)", "(7 + 2 + 1 = 10)" after the counts: the number who voted, a check of the counts, no count of its
 *   own — the bracket is blanked whole, the counts before it stay.
 * - "Жақтап – 7 (залда) + 2 (онлайн)", "за – 5 + 2" with no "=": the total is left to the reader; kenes adds nothing the
 *   text does not add, and reads no part as the whole — the addends are blanked, the label is left with no count.
 */
export function withVoteSums(line: string): string {
  if (!line.includes('+')) return line;
  const checks = line.replace(/\(([^()]*)\)/gu, (all: string, inner: string) => (new RegExp(`^\\s*${WRITTEN_SUM.source}\\s*$`, 'u').test(inner) ? blank(all) : all));
  const summed = checks.replace(WRITTEN_SUM, (all: string, total: string) => (addsUp(all, total) ? `${blank(all.slice(0, all.length - total.length))}${total}` : blank(all)));
  return summed.replace(OPEN_SUM, (all: string) => blank(all));
}

/**
 * A count told as a share with its number written: "за – половина присутствующих (6)", "жақтап – қатысушылардың жартысы (6)",
 * "за – 50 % присутствующих (6)". The bracket's number is the count (the text writes it); the share alone ("за – половина")
 * states none — a fraction is no count, and kenes multiplies nothing. Rewritten as the count after the label's dash, the
 * line's length kept. Only right after a label's dash or colon, one share word and up to two words of whom, then the bracket.
 */
const SHARE = String.raw`(?:половин[\p{L}]*|треть|две\s+трети|жартысы|үштен\s+(?:бірі|екісі)|\d{1,3}(?:,\d+)?\s*%(?:-?[\p{L}]{1,4})?)`;
const SHARE_WITH_COUNT = new RegExp(String.raw`(?<=[-–—:]\s*)(?:(?:[\p{L}]+\s+){0,2}?${SHARE}|${SHARE}(?:\s+[\p{L}]+){0,2}?)\s*\(\s*(\d{1,3})\s*\)`, 'giu');

export function withVoteShares(line: string): string {
  if (!line.includes('(')) return line;
  return line.replace(SHARE_WITH_COUNT, (all: string, count: string) => count.padStart(all.length));
}

/** "10-нан", "10-ның", "он адамнан": a count in the ablative or the genitive — the whole a part is told of. */
const WHOLE_ENDING = /-?(?:нан|нен|дан|ден|тан|тен|ның|нің|дың|дің|тың|тің)$/u;
const PART_AFTER_WHOLE = re(`^\\s+(${N})(?![\\p{L}\\d])`, 'iu');
/** "10-нан астам" (more than ten), "10-нан кем": a bound, no count at all. */
const BOUND_AFTER_WHOLE = /^\s+(?:астам|артық|көп|кем|аз)(?![\p{L}])/u;
const PART_AFTER_UNIT = re(`^\\s+(?:мүше|адам|дауыс|қатысушы)(?:ден|нан|тан|нің|ның|тың|сінің)\\s+(${N})(?![\\p{L}\\d])`, 'iu');

/**
 * A Kazakh count after its label told as a part of a whole: "жақтап – 10-нан 9" (9 of 10), "жақтап – 10 мүшенің 9-ы",
 * "жақтап – 10 адамнан 9". The whole is those who voted; the count is the part after it. `value` is the label's first
 * count as read, `rest` the text after it. The part's number and the length read past the first count; null when the
 * count is no whole of a part. "жақтап – 10-нан астам" (more than ten) is a bound: no count (null).
 */
export function partOfWhole(value: string, rest: string): { count: number | null; length: number } | null {
  const bound = WHOLE_ENDING.test(value) ? BOUND_AFTER_WHOLE.exec(rest) : null;
  if (bound) return { count: null, length: bound[0].length };
  const part = WHOLE_ENDING.test(value) ? PART_AFTER_WHOLE.exec(rest) : PART_AFTER_UNIT.exec(rest);
  return part ? { count: parseCount(part[1]), length: part[0].length } : null;
}
