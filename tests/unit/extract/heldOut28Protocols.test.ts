/**
 * The protocols of the twenty-eighth blind held-out set (issue 12, "Done when"), built on layouts: a Markdown note with
 * pipe tables and emoji marks (✅ залда / 💻 онлайн / ❌), an extract under a covering letter whose own date stands above
 * the meeting's, a notice at the end correcting item 2's vote, a PDF set in two newspaper columns, a .docx whose
 * attendance is only counts per commission with the council's totals row first. Scored blind at the start of session 11:
 * 72.7 % of 128 protocol fields, 14 false values (attendance, a date, vote counts). Read by class since:
 * protocol/markSymbols.ts and withoutMarkdown.ts, protocolHead.ts (an extract's title), correctedVotes.ts,
 * splitPageColumns.ts, readGroupCounts.ts.
 */
import { join } from 'node:path';
import { describe } from 'vitest';
import { itScoresEachDocument } from '../../helpers/heldOutSet.ts';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'extract', 'held-out-28');

const MISSED: Record<string, string[]> = {};

describe('held-out protocols (set 28), seen by no one before they were scored', () => {
  itScoresEachDocument(DIR, 'protocol', 5, MISSED);
});
