import { APPROXIMATE, APPROXIMATE_AFTER, COMPARED_ON_NUMBER } from '../doubtOfFigure.ts';
import { COUNT_SOURCE } from '../parseCount.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';

/** Every count of a line, digits or words ("12", "он екі", "двенадцати"). */
const COUNT = re(COUNT_SOURCE, 'gu');
/**
 * The other end of a range right beside the count: "12–14 членов", "12-14", "5 или 6" — a tight dash (a space at most on each
 * side), digits on both sides. Not a date after it ("12–14.11"), nor a label's dash ("очно – 11").
 */
const RANGE_AFTER = /^\s?[-–—]\s?\d{1,3}(?![\d.])|^\s+(?:или|либо|немесе)\s+\d/u;
const RANGE_BEFORE = /(?<![\d.])\d{1,3}\s?[-–—]\s?$|\d\s+(?:или|либо|немесе)\s+$/u;

/**
 * The counts of a line that state no number of those there — an estimate or a bound ("около 15 членов", "шамамен 12 мүше",
 * "кем дегенде 12 мүше қатысты", "12-ден астам", "более 12"), one end of a range ("12–14 членов Совета") — blanked, offsets
 * kept, so the stated counts' patterns, written for exact counts, never read one of them as the count ("Отырысқа шамамен
 * 12 мүше қатысты" is no present 12). The words of the bound stay; only the number goes.
 */
export function blankApproximateCounts(line: string): string {
  let out = line;
  for (const m of matchesOf(line, COUNT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const before = line.slice(0, start);
    const after = line.slice(end);
    // (A range is of digits on both sides: "үштен екісі – 13" is a fraction's label and its value. A bound's count is kept before
    // "из" — "не более 3 из 9 членов" is a threshold its own patterns read whole, the bound before the count.)
    const range = /^\d/u.test(m[0]) && (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before));
    if (/^\s+из\s/u.test(after)) continue;
    if (APPROXIMATE.test(before) || APPROXIMATE_AFTER.test(after) || COMPARED_ON_NUMBER.test(line.slice(start)) || range) {
      out = out.slice(0, start) + ' '.repeat(m[0].length) + out.slice(end);
    }
  }
  return out;
}
