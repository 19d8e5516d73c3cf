import { tidy } from '../toLines.ts';
import type { ExtractIssue } from '../types.ts';
import type { VoteCategory } from './lexicon.ts';
import { splitCells } from './readAttendanceTable.ts';
import { labelOf, type LocatedVote, type TableRead } from './readVoteTable.ts';
import { re, SURNAME_INITIALS } from './re.ts';

/** A member's row: a name with initials, perhaps numbered ("1) Байменов Ә.Қ.", "3. Иванов И.И."). */
const MEMBER = re(`^(?:\\d{1,3}\\s*[.)]\\s*)?(?:${SURNAME_INITIALS})`, 'u');
/** A mark in a cell: one to three signs, no letter or digit ("✓", "✗", "+", "V" aside: a letter is a word, not a mark). */
export const MARK = /^[^\p{L}\d\s]{1,3}$|^[VvХх]$/u;
const MIN_ROWS = 3;

/**
 * A roll call as a grid of ticks, a column per choice and a row per member, the mark standing under the choice (set 190,
 * "Атаулы дауыс беру:" over "       жақ   қарсы   қалыс" / "1) Байменов Ә.Қ.   ✓" / "2) Оразалиева Ж.Т.   ✗"; a fixed-width
 * grid is given its tabs before, tabFixedWidthVoteTables): one vote, counted by the columns — only when every row names
 * a member and has one mark, under one choice, and as many rows as members are present (`present`, when stated): a member
 * left out would leave every count in doubt (counts not taken, an issue). Its result is in the lines under it (readVotes).
 */
export function readTickGrids(lines: string[], present: number | null, issues: ExtractIssue[]): { tables: TableRead[]; taken: Set<number> } {
  const tables: TableRead[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const header = splitCells(lines[i]);
    if (!header) continue;
    const columns = new Map<number, VoteCategory>();
    header.forEach((c, k) => {
      const label = c.trim() === '' ? null : labelOf(c);
      if (label) columns.set(k, label);
    });
    const labels = new Set(columns.values());
    if (columns.size < 2 || labels.size !== columns.size || !labels.has('for') || header.some((c, k) => c.trim() !== '' && !columns.has(k) && k > 0)) continue;
    const counts: Record<VoteCategory, number> = { for: 0, against: 0, abstain: 0 };
    let rows = 0;
    let end = i;
    let whole = true;
    for (let j = i + 1; j < lines.length; j++) {
      const cells = splitCells(lines[j]);
      if (!cells || !MEMBER.test(cells[0] ?? '')) break;
      const marked = cells.flatMap((c, k) => (k > 0 && tidy(c) !== '' ? [k] : []));
      if (marked.length !== 1 || !columns.has(marked[0]) || !MARK.test(tidy(cells[marked[0]]))) whole = false;
      else counts[columns.get(marked[0])!]++;
      rows++;
      end = j;
    }
    if (rows < MIN_ROWS || !whole) continue;
    for (let k = i; k <= end; k++) taken.add(k);
    const short = present !== null && rows !== present;
    if (short) issues.push({ line: i + 1, message: `vote: a grid of ${rows} members' marks, ${present} present: its counts not taken` });
    const vote: LocatedVote = {
      start: i, end, line: i + 1, for: short ? null : counts.for, against: short ? null : counts.against, abstain: short ? null : counts.abstain,
      unanimous: short ? null : false, declared: null, text: tidy(lines[i]).slice(0, 300),
    };
    tables.push({ votes: [vote], end });
    i = end;
  }
  return { tables, taken };
}
