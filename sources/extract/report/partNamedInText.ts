import { partsOfPeriod } from './partsOfPeriod.ts';
import { MONTH_WORD, daysInMonth, isoDate, monthOfWord } from '../monthNames.ts';
import { matchesOf } from '../grammar/matchesOf.ts';

/**
 * The period of a text whose title names a part of the year without saying which and without a year — a newspaper's
 * interview "ҚОҒАМДЫҚ КЕҢЕС: ТОҚСАН ҚОРЫТЫНДЫСЫ ҚАНДАЙ?", a column "ИТОГИ КВАРТАЛА", "Жартыжылдық қорытындысы" — when the
 * text itself says which ("Үшінші тоқсанда неше рет жиналдыңыздар?", "в третьем квартале Совет …") and its dates say the
 * year ("2026 жылғы 7 тамызда", "12 октября 2026 года", "07.08.2026"). Without it the figures of a quarter were a year's
 * or (the title's part unread) had no period at all.
 *
 * Read only when it is sure: every numbered part of the title's kind the text names is the same one ("в III квартале … во
 * II квартале" is two: none), the year is the one most full dates carry, and the text is dated no earlier than the part
 * began (a text written before its quarter cannot tell it). A part named only in the body, with no part in the title, is
 * a news item's "в I квартале" (when, not the span): not read here.
 */
export function partNamedInText(lines: string[], title: string): { from: string; to: string; line: number } | null {
  const kind = /квартал|то[қк]сан/iu.test(title) ? 'quarter' : /полугод|жарты\s*жыл/iu.test(title) ? 'half' : null;
  if (kind === null) return null;
  const numbers = new Set<number>();
  let line = -1;
  lines.forEach((l, i) => {
    for (const p of partsOfPeriod(l)) {
      if (p.kind !== kind || p.no === null || p.several) continue;
      numbers.add(p.no);
      if (line < 0) line = i;
    }
  });
  if (numbers.size !== 1) return null;
  const no = [...numbers][0];
  const [first, last] = kind === 'quarter' ? [no * 3 - 2, no * 3] : [no * 6 - 5, no * 6];
  const dates = fullDates(lines);
  if (dates.length === 0) return null;
  const byYear = new Map<number, number>();
  for (const d of dates) byYear.set(d.y, (byYear.get(d.y) ?? 0) + 1);
  const year = [...byYear.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
  if (!dates.some((d) => d.y === year && d.m >= first)) return null;
  const from = isoDate(year, first, 1);
  const to = isoDate(year, last, daysInMonth(year, last));
  return from && to ? { from, to, line: line + 1 } : null;
}

/** The full dates of a text, the year in them: "07.08.2026", "12 октября 2026 года", "2026 жылғы 7 тамызда". */
function fullDates(lines: string[]): { y: number; m: number }[] {
  const out: { y: number; m: number }[] = [];
  for (const l of lines) {
    for (const m of matchesOf(l, NUMERIC_DATE)) out.push({ y: Number(m[2]), m: Number(m[1]) });
    for (const m of matchesOf(l, DAY_MONTH_YEAR)) out.push({ y: Number(m[2]), m: monthOfWord(m[1]) ?? 0 });
    for (const m of matchesOf(l, YEAR_DAY_MONTH)) out.push({ y: Number(m[1]), m: monthOfWord(m[2]) ?? 0 });
  }
  return out.filter((d) => d.m >= 1 && d.m <= 12 && d.y >= 1990 && d.y <= 2100);
}
const NUMERIC_DATE = /(?<![\d.])\d{1,2}\.(\d{1,2})\.(\d{4})(?!\d)/g;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)\\d{1,2}\\s+(${MONTH_WORD})\\s+(\\d{4})(?!\\d)`, 'giu');
const YEAR_DAY_MONTH = new RegExp(`(?<!\\d)(\\d{4})\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+\\d{1,2}\\s+(${MONTH_WORD})`, 'giu');
