import { maskNeverCounts } from '../maskNeverCounts.ts';
import { isMonthHeading } from './monthHeading.ts';
import { isPeriodPartHeading } from './periodPartHeading.ts';

/** A day (masked as dates are by maskNeverCounts), perhaps with its year, and a dash opening the line: "27 мая – …". */
const DAY_DASH = /^\s*[-–—•]?\s*\uE000(?:[\uE000\s–—-]*\uE000)?(?:\s*(?:г|ж)\.)?\s*[-–—]\s+\S/u;

/**
 * The line is an entry of a chronicle told month by month (or by quarter): it opens with its day and a dash, and above
 * it, past the entries before it (their wrapped lines too) and blank lines, stands the heading of a month or of a part
 * of the period ("МАЙ" / "13 мая – заслушан отчёт …" / "27 мая – обучающий семинар …", "ШІЛДЕ", "1-тоқсан"). Such an
 * entry is the diary's record of one day, not a sentence that counts: a chronicle with no total states no count of
 * its kinds (held-out 143, Denisovka: the one seminar of the half-year dated and never counted).
 */
export function isChronicleEntry(lines: string[], at: number): boolean {
  if (!DAY_DASH.test(maskNeverCounts(lines[at] ?? ''))) return false;
  for (let k = at - 1; k >= 0; k--) {
    const line = lines[k];
    if (line.trim() === '') continue;
    if (DAY_DASH.test(maskNeverCounts(line))) continue;
    const heading = line.trim().replace(/[:.]$/u, '');
    if (isMonthHeading(heading) || isPeriodPartHeading(heading)) return true;
    // A wrapped line of the entry above (no colon closing it, a line of text right above): the run goes on up.
    if (!/:\s*$/u.test(line) && k > 0 && lines[k - 1].trim() !== '') continue;
    return false;
  }
  return false;
}
