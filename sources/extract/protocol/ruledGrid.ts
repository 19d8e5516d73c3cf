/**
 * A wide table typed in fixed-width columns between rules of dashes, its header wrapped over several lines word by word
 * (held-out 186's Akbakai roll-call sheet, ~97 characters wide):
 *
 *     ----------------------------------------------------------------------
 *     Р/с   Кеңес мүшесінің         Қатысу       1-мәселе:         2-мәселе:
 *     №     аты-жөні                нысаны       кенттің су        мектеп-интер.
 *     ----------------------------------------------------------------------
 *     1.    Ахметжанова Г.Б.        орнында      жақ               қарсы
 *     ----------------------------------------------------------------------
 *           Барлығы: жақтап                      8                 6
 *     ----------------------------------------------------------------------
 *
 * Read line by line, each member's row was a sentence ("… орнында жақ жақ қарсы 2. Сұлтанбеков …" gave a vote "against 2")
 * and the header's words were parted from their columns. The table is given the tabs of a Word table's rows: the header's
 * lines one row (each column's words joined, on the header's last line), every row's pieces (parted by two spaces or
 * more) in the column they start under; the rules inside it and the header's other lines are left blank, so the lines
 * keep their numbers and the table readers (attendance, members' votes) read it as any table of cells. Only where every
 * piece of every row starts under a column of the header (within two characters), with two rows or more and three
 * columns or more; anything else is left as it was.
 */
export function tabRuledGrids(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!RULE.test(lines[i])) continue;
    // The header: the lines up to the next rule (two at least, or one), no tab in them.
    let h = i + 1;
    while (h < lines.length && !RULE.test(lines[h]) && lines[h].trim() !== '' && !lines[h].includes('\t')) h++;
    if (h >= lines.length || !RULE.test(lines[h]) || h === i + 1 || h - i - 1 > 6) continue;
    const columns = columnStarts(lines.slice(i + 1, h));
    if (columns.length < 3) continue;
    // The body: rows and rules up to the last rule before a blank line or a line that is no row.
    const rows: { at: number; cells: string[] }[] = [];
    let end = h;
    for (let j = h + 1; j < lines.length && lines[j].trim() !== ''; j++) {
      if (RULE.test(lines[j])) {
        end = j;
        continue;
      }
      const cells = rowCells(lines[j], columns);
      if (!cells) break;
      rows.push({ at: j, cells });
    }
    if (rows.length < 2 || rows.some((r) => r.at > end)) continue;
    out ??= [...lines];
    const header = columns.map((_, k) => lines.slice(i + 1, h).map((l) => rowCells(l, columns)?.[k] ?? '').filter((c) => c !== '').join(' '));
    for (let k = i; k <= end; k++) out[k] = '';
    out[h - 1] = header.join('\t');
    for (const row of rows) out[row.at] = row.cells.join('\t').replace(/\t+$/u, '');
    i = end;
  }
  return out ?? lines;
}

/** A rule of dashes, equals signs or box-drawing lines across the table: "------", "=====", "─────". */
const RULE = /^\s*[-–—=_─━]{20,}\s*$/u;

/** How far right of its column a piece may start (a number set one or two places in). */
const SLACK = 2;

/** The pieces of a line parted by two spaces or more, each with where it starts. */
function piecesOf(line: string): { text: string; start: number }[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], start: m.index! }));
}

/** Where the header's columns start: every x a piece of a header line starts at, the same x within the slack one column. */
function columnStarts(header: string[]): number[] {
  const starts = [...new Set(header.flatMap((l) => piecesOf(l).map((p) => p.start)))].sort((a, b) => a - b);
  return starts.filter((s, k) => k === 0 || s - starts[k - 1] > SLACK);
}

/** A row's cells by the columns, or null when a piece starts under no column (or two pieces under one). */
function rowCells(line: string, columns: number[]): string[] | null {
  const cells = columns.map(() => '');
  for (const piece of piecesOf(line)) {
    const k = columns.findIndex((c) => piece.start >= c && piece.start <= c + SLACK);
    if (k < 0 || cells[k] !== '') return null;
    cells[k] = piece.text;
  }
  return cells;
}
