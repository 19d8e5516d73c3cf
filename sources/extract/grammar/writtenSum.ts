import { parseCount } from '../parseCount.ts';

/**
 * A count written as a sum of its parts: "2 + 4 = 6", "2 (наурыз) + 1 (тамыз) = 3", "2 очных + 1 выездное (г. Жанаозен) = 3",
 * "7 (залда) + 2 (онлайн) = 9". Each addend is a number, up to three words naming its part and a bracket of words (no
 * digits: a bracket of numbers is another figure). The text's own result, after "=", is the number stated; the addends are
 * parts. A sum left open ("7 (залда) + 2 (онлайн)", no "=") states no total: adding it up is the reader's work, not the
 * text's, and kenes never does it.
 */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,4}`;
const PART = String.raw`(?:[ \t]+[\p{L}][\p{L}.-]*){0,3}?(?:[ \t]*\([^()\d]{1,30}\))?`;
const ADDEND = String.raw`(?<![\d.,])(?:${NUMBER})(?![\d.,]\d)${PART}`;
const SUM_SOURCE = String.raw`${ADDEND}(?:[ \t]*\+[ \t]*(?:${NUMBER})(?![\d.,]\d)${PART})+`;

/** "a + b … = total": two addends or more, then the result (group 1). */
export const WRITTEN_SUM = new RegExp(String.raw`${SUM_SOURCE}[ \t]*=[ \t]*(${NUMBER})(?![\d.,]\d|\d)`, 'gu');
/** "a + b …" with no "=" after it: the total left to the reader. */
export const OPEN_SUM = new RegExp(String.raw`${SUM_SOURCE}(?![ \t]*\+)(?![ \t]*=)`, 'gu');

/** Whether the addends of a written sum (its text up to "=") add up to its result. */
export function addsUp(sum: string, total: string): boolean {
  const addends = sum.slice(0, sum.lastIndexOf('=')).split('+').map((a) => parseCount(/\d[\d \u00a0\u202f]*/u.exec(a)?.[0].trim() ?? ''));
  const added = addends.reduce<number | null>((s, a) => (s === null || a === null ? null : s + a), 0);
  return added !== null && added === parseCount(total);
}
