/**
 * A table of marks printed to PDF: a column per way of taking part ("Очно | Дистанционно (онлайн) | Отсутствовал",
 * "Орнында қатысты | Онлайн режимде | Қатыспаған"), each row a "+" or "✓" in one of them. A PDF keeps no empty cell: read
 * as the row's cells left to right, every mark stood in the first of those columns, and the attendance table reader took
 * every member as present (held-out 186's Zhalanash protocol: 15 present for 12, 0 online for 3). And the header's labels,
 * centred in narrow columns, ran into one cell ("Отырысқа қатысуы Орнында Онлайн Қатыспаған қатысты режимде").
 *
 * Where three rows or more of one table have a bare mark, and the marks stand in two columns or more, each row gets an
 * empty cell in every mark column it leaves blank (as a .docx table's row keeps its empty cells), and the header's words
 * over those columns go to the column they stand over, one cell each; a title over the whole group ("Форма участия",
 * "Отырысқа қатысуы": it stands a line above the labels of two columns or more and over two columns' width) is left out,
 * as a Word table's two-row header gives each column its lower label. Every other line is as it was.
 */

export interface MarkCell {
  x: number;
  end: number;
  text: string;
  pieces?: MarkCell[];
}

export interface MarkLine {
  page: number;
  y: number;
  size: number;
  cells: MarkCell[];
}

/** A cell that is a bare mark: "+", "✓", "V", "×" (not "х", a report's cell for "not applicable"). */
const MARK = /^(?:[+✓✔☑✅×•●]|[vV])$/u;

/** A cell's words with a mark at their end: "Жұбанышев Нұрлан Серікұлы +". */
const GLUED_MARK = /\p{L}.*\s(?:[+✓✔☑✅×•●])$/u;

/** Marks of one column stand at one x (left-aligned or centred, they are as wide). */
const SAME_X = 3;

export function spreadMarkColumns<L extends MarkLine>(given: L[], pitch: number): L[] {
  const lines = spreadMarkGrids(given, pitch);
  const out = [...lines];
  // Runs of mark rows of one table: on one page, no more than four lines' pitch apart (a wrapped cell's lines between them).
  for (const run of rowRuns(lines, (line) => line.cells.some((c) => MARK.test(c.text)), 4 * pitch)) {
    // (One mark a row, the way that member took part: a roll call's grid marks every question's column, "+ | – | +", and keeps
    // its cells — held-out 138's Makat sheet.)
    // Every row among them marked so, and no mark run into another cell's words ("Жұбанышев Нұрлан Серікұлы +", a reason
    // written in the absentees' column instead of a mark: held-out 124's Makhambet sheet) — else the marks cannot all be
    // placed, and a table read with some of them is a false count.
    const span = lines.slice(run[0], run.at(-1)! + 1).filter((l) => l.cells.length >= 2);
    if (run.length < 3 || span.some((l) => l.cells.filter((c) => MARK.test(c.text)).length !== 1)) continue;
    if (lines.slice(Math.max(0, run[0] - 1), run.at(-1)! + 2).some((l) => l.cells.some((c) => GLUED_MARK.test(c.text)))) continue;
    const columns = markColumns(run.map((i) => lines[i]));
    if (columns === null) continue;
    for (const i of run) out[i] = { ...lines[i], cells: withEmptyCells(lines[i].cells, columns) };
    for (const i of headerBand(lines, run[0], pitch)) out[i] = { ...lines[i], cells: headerCells(lines[i], columns, headerBand(lines, run[0], pitch).map((k) => lines[k])) };
  }
  // (A line that held only the group's title is no line.)
  return out.filter((l) => l.cells.length > 0);
}

interface Column {
  /** Where the column's marks start: the x its cells are given. */
  x: number;
  from: number;
  to: number;
}

/** The mark columns of a run of rows (two or more), each with the span of the page it takes; null when the marks are in one. */
function markColumns(rows: MarkLine[]): Column[] | null {
  const marks = rows.flatMap((r) => r.cells.filter((c) => MARK.test(c.text)));
  const groups: MarkCell[][] = [];
  for (const mark of [...marks].sort((p, q) => p.x - q.x)) {
    const group = groups.at(-1);
    if (group && mark.x - group[0].x <= SAME_X) group.push(mark);
    else groups.push([mark]);
  }
  if (groups.length < 2) return null;
  const centres = groups.map((g) => g.reduce((s, c) => s + (c.x + c.end) / 2, 0) / g.length);
  const spacing = Math.min(...centres.slice(1).map((c, k) => c - centres[k]));
  // The span of the marks' columns: from the end of the rows' cells left of them (or a column's spacing before the first)
  // to the start of the rows' cells right of them (or a spacing after the last).
  const others = rows.flatMap((r) => r.cells.filter((c) => !MARK.test(c.text)));
  const leftEnds = others.filter((c) => c.end < centres[0]).map((c) => c.end);
  const rightStarts = others.filter((c) => c.x > centres.at(-1)!).map((c) => c.x);
  const from = Math.max(centres[0] - spacing, ...leftEnds);
  const to = rightStarts.length > 0 ? Math.min(...rightStarts) : centres.at(-1)! + spacing / 2;
  return groups.map((g, k) => ({
    x: Math.min(...g.map((c) => c.x)),
    from: k === 0 ? from : (centres[k - 1] + centres[k]) / 2,
    to: k === groups.length - 1 ? to : (centres[k] + centres[k + 1]) / 2,
  }));
}

/**
 * A grid of marks with several a row — a roll call's group of choice columns per question, "1-мәселе" over "Ж | Қ | Қл",
 * a mark under one choice of each, an absent member's row all dashes (held-out 190's Zhuantobe protocol) — gets an empty
 * cell in each column a row leaves blank: read left to right, a row's three marks stood in the first three columns
 * whatever the choices were. The columns are those of the line of short labels right above the rows, one a label, or, on
 * a page the grid runs on to without its header, those of a row with a sign in every column (a row of dashes). Only
 * where every mark or dash of every row stands in one column, one to a column, right of the rows' words; otherwise the
 * grid is left as read.
 */
function spreadMarkGrids<L extends MarkLine>(lines: L[], pitch: number): L[] {
  const out = [...lines];
  // (A grid's rows follow each other, each a line of its own.)
  for (const run of rowRuns(lines, (line) => line.cells.some(isSign), 1.6 * pitch)) {
    const rows = run.map((i) => lines[i]);
    if (run.length < 3 || !rows.some((l) => l.cells.filter((c) => MARK.test(c.text)).length > 1)) continue;
    const columns = gridColumns(lines, run, pitch);
    if (columns) for (const i of run) out[i] = { ...lines[i], cells: withEmptyCells(lines[i].cells, columns) };
  }
  return out;
}

/** The lines of two cells or more that `picked` takes, in runs on one page whose lines stand no more than `reach` apart. */
function rowRuns(lines: MarkLine[], picked: (line: MarkLine) => boolean, reach: number): number[][] {
  const runs: number[][] = [];
  lines.forEach((line, i) => {
    if (line.cells.length < 2 || !picked(line)) return;
    const last = runs.at(-1)?.at(-1);
    if (last !== undefined && lines[last].page === line.page && lines[last].y - line.y <= reach) runs.at(-1)!.push(i);
    else runs.push([i]);
  });
  return runs;
}

const isSign = (c: MarkCell) => MARK.test(c.text) || /^[-–—]$/u.test(c.text);

/** The columns of a grid's rows (see spreadMarkGrids), or null. */
function gridColumns(lines: MarkLine[], run: number[], pitch: number): Column[] | null {
  const rows = run.map((i) => lines[i]);
  const words = rows.flatMap((l) => l.cells.filter((c) => !isSign(c)));
  if (words.length === 0) return null;
  const textEnd = Math.max(...words.map((c) => c.end));
  const band = headerBand(lines, run[0], pitch).map((k) => lines[k]);
  const labelLine = band.find((l) => l.cells.filter((c) => c.x > textEnd && SHORT_LABEL.test(c.text)).length >= 2);
  const signsOf = (l: MarkLine) => l.cells.filter((c) => c.x > textEnd);
  const fullest = [...rows].sort((p, q) => signsOf(q).length - signsOf(p).length)[0];
  const labels = labelLine ? signsOf(labelLine) : signsOf(fullest);
  if (labelLine && !labels.every((c) => SHORT_LABEL.test(c.text))) return null;
  if (labels.length < 2) return null;
  const centres = labels.map(centre);
  const columns = labels.map((c, k) => ({
    x: c.x,
    from: k === 0 ? textEnd : (centres[k - 1] + centres[k]) / 2,
    to: k === labels.length - 1 ? centres[k] + (centres[k] - (k > 0 ? centres[k - 1] : textEnd)) / 2 : (centres[k] + centres[k + 1]) / 2,
  }));
  for (const line of rows) {
    const placed = signsOf(line).map((c) => columnAt(columns, centre(c)));
    if (!signsOf(line).every(isSign) || placed.some((k) => k < 0) || new Set(placed).size !== placed.length) return null;
  }
  return columns;
}

/** A choice's label in a narrow column: "Ж", "Қл", "За", "Против", "Возд." — one word, no digit. */
const SHORT_LABEL = /^[\p{L}]{1,8}\.?$/u;

const centre = (c: MarkCell) => (c.x + c.end) / 2;
const columnAt = (columns: Column[], x: number) => columns.findIndex((c) => x >= c.from && x < c.to);

/** A mark row's cells with an empty cell in each mark column it has no cell in. */
function withEmptyCells(cells: MarkCell[], columns: Column[]): MarkCell[] {
  const filled = new Set(cells.map((c) => columnAt(columns, centre(c))));
  const empty = columns.filter((_, k) => !filled.has(k)).map((c) => ({ x: c.x, end: c.x + 1, text: '', pieces: [{ x: c.x, end: c.x + 1, text: '' }] }));
  return [...cells, ...empty].sort((p, q) => p.x - q.x);
}

/** The lines of the header over a table's first row: the lines right above it, each less than 1.3 lines' pitch over the next. */
function headerBand(lines: MarkLine[], first: number, pitch: number): number[] {
  const band: number[] = [];
  for (let j = first - 1; j >= 0 && lines[j].page === lines[first].page && lines[j].y - lines[j + 1].y <= 1.3 * pitch; j--) band.push(j);
  return band;
}

/** A header line's cells, its words over the mark columns one cell a column (at the column's x), a group's title left out. */
function headerCells(line: MarkLine, columns: Column[], band: MarkLine[]): MarkCell[] {
  const cells: MarkCell[] = [];
  const byColumn = new Map<number, MarkCell>();
  for (const cell of line.cells) {
    const pieces = cell.pieces ?? [cell];
    if (!pieces.some((p) => columnAt(columns, centre(p)) >= 0)) {
      cells.push(cell);
      continue;
    }
    for (const piece of pieces) {
      const k = columnAt(columns, centre(piece));
      if (k < 0) cells.push({ ...piece, pieces: [{ ...piece }] });
      else if (!isGroupTitle(piece, line, columns, band)) {
        const at = byColumn.get(k);
        if (at) {
          at.text = `${at.text} ${piece.text}`;
          at.pieces!.push({ ...piece, x: columns[k].x, end: columns[k].x + 1 });
        } else {
          const own = { x: columns[k].x, end: columns[k].x + 1, text: piece.text };
          byColumn.set(k, { ...own, pieces: [{ ...own }] });
        }
      }
    }
  }
  return [...cells, ...byColumn.values()].sort((p, q) => p.x - q.x);
}

/**
 * A title over a group of mark columns: it stretches over two columns' spans or more, and every word of two other columns'
 * labels stands below it by most of a line ("Форма участия" over "Очно" / "Дистанционно (онлайн)" / "Отсутствовал").
 */
function isGroupTitle(piece: MarkCell, line: MarkLine, columns: Column[], band: MarkLine[]): boolean {
  const over = columns.filter((c) => Math.min(piece.end, c.to) - Math.max(piece.x, c.from) >= 2);
  if (over.length < 2) return false;
  const own = columnAt(columns, centre(piece));
  const below = columns.filter((_, k) => {
    if (k === own) return false;
    const labels = band.flatMap((l) => l.cells.flatMap((c) => (c.pieces ?? [c]).filter((p) => columnAt(columns, centre(p)) === k).map(() => l.y)));
    return labels.length > 0 && labels.every((y) => line.y - y >= 0.9 * line.size);
  });
  return below.length >= 2;
}
