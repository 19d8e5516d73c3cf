/**
 * A table typed in fixed-width columns, spaces only ("Іс-шара / Мероприятие   Жоспар / План   Факт   Орындалуы, %"
 * over "1. Кеңес отырыстары / Заседания ОС     4     5     125"), as the rows of a table typed with pipes, each at its
 * own line: "| 1. Кеңес отырыстары / Заседания ОС | 4 | 5 | 125 |". A header is a line of three cells or more apart
 * by two spaces or more; a row is a label, then counts in the columns under the header's cells (a count is put in the
 * column whose header it stands under, so an empty cell stays empty); a line of words set in under a row continues
 * its label; a blank line ends the table. Null when line `at` opens no such table of two rows or more.
 */
export function fixedWidthTable(lines: string[], at: number): { rows: { line: string; at: number }[]; end: number } | null {
  const header = cellsAt(lines[at]);
  if (header.length < 3 || header.filter((c) => /\p{L}/u.test(c.text)).length < 2 || /[|\t]/u.test(lines[at])) return null;
  const rows: { label: string; counts: Cell[]; at: number }[] = [];
  let k = at + 1;
  for (; k < lines.length && lines[k].trim() !== '' && !/[|\t]/u.test(lines[k]); k++) {
    const m = ROW.exec(lines[k]);
    if (m) {
      const counts = cellsAt(lines[k]).filter((c) => c.start >= m[1].length);
      rows.push({ label: m[1].replace(/\s+$/u, ''), counts, at: k });
    } else if (rows.length > 0 && /^\s+\p{L}/u.test(lines[k]) && !/\d/u.test(lines[k])) {
      rows[rows.length - 1].label += ` ${lines[k].trim()}`;
    } else break;
  }
  if (rows.length < 2) return null;
  const out = [{ line: pipeLine(header.map((c) => c.text)), at }];
  for (const r of rows) {
    const cells = header.map(() => '');
    cells[0] = r.label;
    let last = 0;
    for (const c of r.counts) {
      const column = columnOf(header, c);
      if (column <= last) return null;
      cells[column] = c.text;
      last = column;
    }
    out.push({ line: pipeLine(cells), at: r.at });
  }
  return { rows: out, end: k - 1 };
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A count cell: "12", "12 500", "+20", "-50", "118 %", "4,5", a dash for none. */
const COUNT = String.raw`(?:[+\-−]?\d{1,3}(?:[ \u00a0]\d{3})+|[+\-−]?\d+(?:[.,]\d+)?)(?:\s?%)?|[-–—]`;
/** A row: its label (letters in it), then counts apart by two spaces or more. */
const ROW = new RegExp(String.raw`^(\s*\S.*?\p{L}.*?)(?:\s{2,}(?:${COUNT}))+\s*$`, 'u');

/** The cells of a line, apart by two spaces or more, with where they stand. */
function cellsAt(line: string): Cell[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** The header cell a count stands under: the one it overlaps most, else the nearest (never the label's, column 0). */
function columnOf(header: Cell[], cell: Cell): number {
  let best = -1;
  let bestScore = -Infinity;
  header.forEach((h, c) => {
    if (c === 0) return;
    const overlap = Math.min(h.end, cell.end) - Math.max(h.start, cell.start);
    const score = overlap > 0 ? overlap : -Math.abs((h.start + h.end) / 2 - (cell.start + cell.end) / 2);
    if (score > bestScore) [best, bestScore] = [c, score];
  });
  return best;
}

const pipeLine = (cells: string[]) => `| ${cells.join(' | ')} |`;
