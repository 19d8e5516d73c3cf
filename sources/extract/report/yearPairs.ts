import { matchesOf } from '../grammar/matchesOf.ts';
/**
 * One thing counted for two years side by side: "Публикаций о деятельности Совета: 2025 г. – 143, 2024 г. – 97",
 * "Мониторингов: 2024 г. – 6; 2025 г. – 9", "Жарияланымдар: 2025 ж. – 143, 2024 ж. – 97". The report's year's
 * number is the count; the year before it is blanked (spaces, so "Публикаций …: 143" reads as a label and its count);
 * the other years with their numbers are blanked too, never counts. `masked` is `line`
 * after maskNeverCounts (same length); returned the same length. Only when the line pairs at least two different
 * years with numbers and one of them is the report's.
 */
export function keepPeriodYear(line: string, masked: string, periodYears: number[]): string {
  if (periodYears.length === 0) return masked;
  const pairs = matchesOf(line, YEAR_VALUE).map((m) => ({ at: m.index ?? 0, year: Number(m[1]), head: m[0].length - m[2].length, length: m[0].length }));
  const years = new Set(pairs.map((p) => p.year));
  if (years.size < 2 || !pairs.some((p) => periodYears.includes(p.year))) return masked;
  // A period of several years told year by year ("жыл сайын жарияланып отырды: 2023 жылы – 22, 2024 жылы – 47, 2025 жылы – 51,
  // 2026 жылдың басынан – 14 материал" in a term's report, set 171): each pair is a part of it, none its count — all blanked,
  // as summing them is not stating the total.
  const parts = pairs.every((p) => periodYears.includes(p.year));
  let out = masked;
  for (const p of pairs) {
    if (periodYears.includes(p.year) && !parts) {
      // A label's colon or dash before the year stands for the dash after it: "Публикаций: 2025 г. – 143" → "Публикаций: 143".
      const colonBefore = /[:–—-]\s*$/u.test(out.slice(0, p.at));
      const blank = colonBefore ? ' '.repeat(p.head) : `${' '.repeat(p.head - 2)}– `;
      out = out.slice(0, p.at) + blank + out.slice(p.at + p.head);
    } else {
      // The other year's pair and the comma or semicolon after it go: "Мониторингов: 2024 г. – 6; 2025 г. – 9" → "Мониторингов: 9".
      const length = p.length + (/^\s*[,;]?/u.exec(line.slice(p.at + p.length))?.[0].length ?? 0);
      out = out.slice(0, p.at) + ' '.repeat(length) + out.slice(p.at + length);
    }
  }
  return out;
}

/**
 * "2025 г. – 143", "за 2024 год: 97", "2025 ж. – 143", "2024 жылы – 6": a year, its unit, a dash or colon, the number (group 2).
 * A year's part so far counts as its year: "с начала 2026 года – 14", "2026 жылдың басынан – 14".
 */
const YEAR_VALUE = /(?<![\d.,/])(?:за\s+|с\s+начала\s+)?((?:19|20)\d{2})\s*(?:г\.|гг\.|год[\p{L}]*|ж\.|жыл[\p{L}]*)?(?:\s+басынан(?:\s+бері)?)?\s*[-–—:]\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(?![\d.,]\d)(?!\s*%)/gu;


/**
 * The first count of a change ("выросло с 12 до 18", "Мониторинги: 6 → 9", "12-ден 18-ге дейін") is the year
 * before's, never a count of the period: masked (U+E000, as maskNeverCounts does, same length). Which period the
 * second is, report/readGrowth decides.
 */
export function maskChangedFrom(masked: string): string {
  return masked.replace(CHANGED_FROM, (m: string) => m.replace(/\d[\d \u00a0\u202f]*(?:-?[\p{L}]+)?(?:\s*(?:→|->|⟶))?/u, (x) => '\uE000'.repeat(x.length)));
}

const N = '\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})*';
const CHANGED_FROM = new RegExp(
  `(?<![\\p{L}])с\\s+${N}(?=\\s+(?:\\([^()]{0,20}\\)\\s*|(?:в|за)\\s+\\d{4}\\s*(?:г\\.|год[\\p{L}]*)\\s+)?до\\s+\\d)|(?<![\\d.,])${N}\\s*(?:→|->|⟶)(?=\\s*\\d)|(?<![\\d.,])${N}-?(?:ден|дан|тен|тан|нен|нан)(?=\\s+(?:\\d{4}\\s*(?:жыл[\\p{L}]*|ж\\.)\\s+)?\\d+-?(?:ге|ға|ке|қа|не|на)\\s+дейін)`,
  'gu',
);

/**
 * A column whose header says its brackets hold another period's count ("Факт за 9 мес. (в скобках – 9 мес. 2024 г.)",
 * "Нақты (жақшада – 2024 ж.)", "(в скобках – аналогичный период прошлого года)"), its cells "17 (15)": the header
 * without that note, for the column to be read as the period's, or null when the header says no such thing. A note
 * naming no other year than the period's, nor last year in words, is no such note ("(в скобках – в т.ч. выездные)").
 */
export function withoutBracketYear(header: string, periodYears: number[]): string | null {
  const note = BRACKET_NOTE.exec(header);
  if (!note) return null;
  const years = matchesOf(note[0], /(?<!\d)((?:19|20)\d{2})(?!\d)/gu).map((m) => Number(m[1]));
  const other = years.some((y) => !periodYears.includes(y)) || (years.length === 0 && LAST_YEAR.test(note[0]));
  return other ? header.replace(note[0], ' ').replace(/[;,\s]+$/u, '').replace(/\s+/gu, ' ').trim() : null;
}

/** The count of a cell of such a column: "17 (15)" → "17"; any other cell as it is. */
export function thisOfBracketPair(cell: string): string {
  return /^(\d{1,3}(?:[ \u00a0]\d{3})*|\d+)\s*\(\s*(?:\d{1,3}(?:[ \u00a0]\d{3})*|\d+|[-–—])\s*\)$/u.exec(cell.trim())?.[1] ?? cell;
}

/** "(в скобках – …)", "(в скобках: …)", "(жақшада – …)", "(жақша ішінде – …)". */
const BRACKET_NOTE = /\(\s*(?:в\s+скобках|жақшада|жақша\s+ішінде)[^()]*\)/iu;
/** Last year named in words: "прошлого года", "аналогичный период", "өткен жыл", "былтыр". */
const LAST_YEAR = /прошл[\p{L}]*\s+год|аналогичн|предыдущ[\p{L}]*\s+год|өткен\s+жыл|былтыр|алдыңғы\s+жыл/iu;
