import { COUNT_SOURCE } from '../parseCount.ts';
import { matchesOf } from '../grammar/matchesOf.ts';
import { re } from './re.ts';

/** Every count of a line, digits or words ("2", "две", "екісі"). */
const COUNT = re(COUNT_SOURCE, 'gu');
/**
 * A simple fraction in digits: "2/3", "3/4", "1/2" — a denominator of 2 to 4, the numerator below it, no third part ("8/0/0"
 * is a vote's counts, "10/12" those present over the members, "9 / 2 / 3" a slash row's values, protocols27). Its Kazakh ending may follow ("2/3-сі", "2/3 бөлігі").
 */
const DIGIT_FRACTION = /(?<![\d/.,])(?<!\/\s)([1-3])\s?\/\s?([2-4])(?:-[\p{L}]{1,4})?(?![\d/.,]|\s?\/)/gu;
/** "две трети", "три четверти", "одной трети": a Russian fraction's numerator, the denominator's word right after it. */
const FRACTION_WORD_AFTER = re('^\\s*(?:трет|четверт)[\\p{L}]*');
/**
 * "үштен екісі", "төрттен үші": the Kazakh fraction, its denominator in the ablative before the numerator — read apart (the
 * numerator a count of its own) or with it (the two words one compound, "үштен екісі" read as 3 + 2). A fraction's label
 * given its value ("19 мүшенің үштен екісі – 13", the quorum) is left whole for the readers of the body's size.
 */
const KAZAKH_DENOMINATOR = re('(?<![\\p{L}])(?:екі|үш|төрт)(?:ден|тен|нен)\\s+$');
const KAZAKH_FRACTION = re('^(?:екі|үш|төрт)(?:ден|тен|нен)\\s');
/** "80 %", "81,8 %", "80 пайызы", "75 процентов": a share in hundredths, no count of persons. */
const PERCENT_AFTER = re('^(?:[.,]\\d+)?\\s*(?:%|процент|пайыз)');

/**
 * The counts of a line that state a SHARE of the members, never their number — a fraction ("присутствуют 2/3 членов
 * Совета", "две трети состава", "мүшелерінің үштен екісі") or a percentage ("80 % членов", "мүшелерінің 80 пайызы") —
 * blanked, offsets kept, so the stated counts' patterns never read "2" or "80" as those present. Turning a share into a
 * number needs a multiplication the text does not make: the count is left to what the text states as one ("10 из 12").
 */
export function blankShareCounts(line: string): string {
  let out = line;
  const blank = (start: number, end: number) => {
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  };
  for (const m of matchesOf(line, DIGIT_FRACTION)) {
    if (Number(m[1]) < Number(m[2])) blank(m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of matchesOf(line, COUNT)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = line.slice(end);
    if (FRACTION_WORD_AFTER.test(after) || (KAZAKH_FRACTION.test(m[0]) && !/^\s*[-–—]\s*\d/u.test(after)) || KAZAKH_DENOMINATOR.test(line.slice(0, start)) || (/^\d/u.test(m[0]) && PERCENT_AFTER.test(after))) {
      blank(start, end);
      // (The decimals of "81,8 %" go with their whole.)
      const decimals = /^[.,]\d+/u.exec(after);
      if (decimals) blank(end, end + decimals[0].length);
    }
  }
  return out;
}
