/**
 * A table's header typed again inside the table: a PDF or a Word document printed over two pages repeats the header at
 * the top of the second ("Көрсеткіш | Қазан | Қараша | Желтоқсан | IV тоқсан, барлығы" over the rows of page 1 and
 * again over those of page 2), and the page's footer gone, the copy runs both parts into one block. Read as a row, the
 * repeated header broke the table: its rows became a second header, the columns no one's, and a row under it gave its
 * first month's cell as the quarter's (held-out 73's Taldykorgan month table, a false count of drafts reviewed).
 *
 * Such a row is the first row's cells again, cell for cell (case and spacing aside), and the first row is a header: a
 * cell with letters beside others, no cell a bare count but a year. Its line is blanked; the table reads on.
 */
export function withoutRepeatedHeaders<T extends { line: string; at: number }>(block: T[], cellsOf: (line: string) => string[], out: string[]): T[] {
  if (block.length < 3) return block;
  // (A border over the header, "+----+----+", is no row.)
  const first = block.findIndex((b) => cellsOf(b.line).some((c) => /\p{L}/u.test(c)));
  if (first < 0) return block;
  const head = cellsOf(block[first].line).map(normal);
  if (!isHeader(head)) return block;
  const key = head.join('|');
  const kept = block.filter((b, k) => k <= first || cellsOf(b.line).map(normal).join('|') !== key);
  if (kept.length === block.length) return block;
  for (const b of block) if (!kept.includes(b)) out[b.at] = '';
  return kept;
}

const normal = (cell: string) => cell.toLowerCase().replace(/\s+/gu, ' ').trim();

/** A header's cells: two or more with text, one of them a word; none a bare count but a year ("2024", "2025 г."). */
function isHeader(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 && filled.some((c) => /\p{L}{2}/u.test(c)) && filled.every((c) => /\p{L}|^№$/u.test(c) || /^(?:19|20)\d{2}$/u.test(c));
}
