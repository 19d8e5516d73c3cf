/**
 * The seventeenth blind held-out set (issue 12, "Done when"): Kazakh-first documents of district and town councils —
 * attendance only as a count in number words ("он жеті мүшенің он төртеуі"), a meeting held in WhatsApp, vote lines in
 * several Kazakh forms, a protocol in Kazakh then in Russian paragraph by paragraph, a LibreOffice PDF; reports laid out
 * by month with five Kazakh date forms, sections per commission with no council totals, "10 мониторингтің 4-еуі"
 * (plan and fact), a space-aligned table of 2024 | the half year | the year, a report in Kazakh then in Russian.
 * Written by an agent that never saw the extractors; scored at the start of session 9: 79.3 % of 300 fields, 6 false
 * values (a commission's own counts read as the council's, a totals row cut at the next line's count, an event told
 * once read as a count of 1). Fixed as classes (protocolMeetingsNotHeld, report/reports17classes); the misses left are
 * pinned below with why — none a false value.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-17');

const MISSED: Record<string, string[]> = {
  // ("1 мониторинг – Жаңаарқа – Қарағанды жолының … (2025 жылғы 21 тамызда)": a count's day in the bracket after it, read
  // since session 35 — report/countsWithBracketDates.ts.)
};

describe('held-out documents (set 17), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 6, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
