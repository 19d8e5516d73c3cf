import { MONTH_WORD } from '../monthNames.ts';

/** A day: "12.03", "12 марта", "6-сы тамыз", "шілденің 3-і". */
const HAS_DAY = new RegExp(`(?<!\\d)\\d{1,2}\\.\\d{1,2}|(?<!\\d)\\d{1,2}(?:-[\\p{L}]{1,4})?\\s+(?:${MONTH_WORD})|(?:${MONTH_WORD})[\\p{L}]*\\s+\\d{1,2}(?!\\d)`, 'iu');

/**
 * A masked date run that names a year and no day: "2026–2028 жылдарға", "бюджету на 2026 год", "В 2025 году проведено …"
 * (not "12", a span's first day) — what a topic or the sentence's period names, never the day of an event.
 */
export function yearOnlyRun(run: string): boolean {
  return /(?:19|20)\d{2}/u.test(run) && !HAS_DAY.test(run);
}
