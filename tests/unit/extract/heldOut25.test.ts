/**
 * The twenty-fifth blind held-out set (issue 12, "Done when"): half ordinary documents, half a layout no set had —
 * those present grouped under commission sub-headings each with its size, absentees in one run-on paragraph, a page
 * footer inside the attendance list, a Word grid of names numbered down its columns with a star and a footnote for those
 * online, "жақ – 16" votes; a report's table by body with the council's column in the middle, "4 меморандума, подписанные
 * в 2022–2023 годах" beside "не заключались". Written by an agent that never saw the extractors; scored blind on main:
 * 90.5 % of 283 fields, 8 false values. The false values were fixed as classes first (layouts25.test.ts), then misses
 * by class; the misses left are pinned below with why.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-25');

const MISSED: Record<string, string[]> = {
  // "… акимата города (в т.ч." / "управлений …) и" / "3 акимов районов (…)": the districts' count is read when the
  // sentence is on one line, not across these wraps; "Меморандумы о сотрудничестве … не заключались" — the subject
  // qualified ("о сотрудничестве") and the bracket after it keep the none from being read as 0 (its "4 меморандума,
  // подписанные в 2022–2023 годах" is another period's: a candidate).
  'report-ru-astana-2025': ['figure memoranda'],
  // "…; рассмотрено 90." after the appeals' breakdown (no noun of its own); "на интернет-ресурсе МВД – 40": the ministry's
  // name between the platform and its count keeps it from being read as the website's.
  'report-ru-mvd-2025': ['figure appeals_answered'],
};

describe('held-out documents (set 25), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
  itScoresEachDocument(DIR, 'report', 5, MISSED);
});
