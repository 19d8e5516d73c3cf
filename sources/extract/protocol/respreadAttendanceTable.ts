import { startTable } from './readAttendanceTable.ts';

/**
 * An attendance table typed in a fixed font, its cells lined up by spaces (a pasted Zoom participants' list the secretary
 * completed, a register copied out of a PDF as text): " №  Имя в Zoom      ФИО                      Статус      Вход" over
 * " 1  Ospanova G.     Оспанова Гульнар Т.      член ОС     09:56", a cell wrapped onto the next line under its own column
 * ("                  лекарственной политики)"). Read row by row, such a line is no cells at all, and its names are lost.
 * Each row is laid out again a tab between cells, each piece of text (parted from the next by two spaces or more) put in
 * the column of the header it starts under, so the table readers read it as any table of cells. Only under a header the
 * table readers take for an attendance table's (a column of names among three or more), and only while every piece of a
 * row starts under a column of its own (a piece run into the next column by a single space parted there, set 183); the
 * first row that does not ends the table. Every other line is as it was.
 */
export function respreadAttendanceTables(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const columns = headerColumns(lines[i]);
    if (!columns) continue;
    // A row parted where a single space stands at a column's start is read so only in a table whose columns two rows or
    // more show lined up by themselves: a header over rows that run across it ("№  ФИО   Статус   Вход" over "1  Бекова
    // Сауле Жанатовна член ОС 10:01") is no table.
    let rows = rowsUnder(lines, i, columns, true);
    if (rows.filter((r) => r.cells[0] !== '' && !r.cut).length < 2) rows = rowsUnder(lines, i, columns, false);
    if (rows.filter((r) => r.cells[0] !== '').length < 2) continue;
    out ??= [...lines];
    out[i] = columns.map((c) => c.text).join('\t');
    for (const row of rows) out[row.at] = row.cells.join('\t').replace(/\t+$/u, '');
    i = rows.at(-1)!.at;
  }
  return out ?? lines;
}

/** The rows under the header at line `i`, up to the first line that is none (or a blank line). */
function rowsUnder(lines: string[], i: number, columns: { start: number }[], cutting: boolean): { at: number; cells: string[]; cut: boolean }[] {
  const rows: { at: number; cells: string[]; cut: boolean }[] = [];
  for (let j = i + 1; j < lines.length && lines[j].trim() !== ''; j++) {
    if (RULE_LINE.test(lines[j])) continue;
    const row = rowCells(lines[j], columns, cutting);
    if (!row) break;
    // A row opens with its number or its name; a line under no such row is the wrapped rest of one.
    if (row.cells[0] === '' && rows.length === 0) break;
    rows.push({ at: j, ...row });
  }
  return rows;
}

/** A rule under the header or between rows: "-----", "=====". */
const RULE_LINE = /^\s*[-–—=_]{3,}\s*$/u;

/** The pieces of a line parted by two spaces or more, each with where it starts. */
function piecesOf(line: string): { text: string; start: number }[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((m) => ({ text: m[0], start: m.index! }));
}

/** The header's columns (their names and where each starts), or null when the line is no attendance table's header. */
function headerColumns(line: string): { text: string; start: number }[] | null {
  if (/[\t|│]/u.test(line)) return null;
  const pieces = piecesOf(line);
  if (pieces.length < 3 || pieces.some((p) => p.text.length > 30)) return null;
  return startTable(pieces.map((p) => p.text).join('\t')) ? pieces : null;
}

/** How far left of its column a piece may start: a number set right in its cell (" 1" over "10"). */
const SLACK = 2;

/** A row's cells by the header's columns, or null when a piece starts under no column, or two under one. */
function rowCells(line: string, columns: { start: number }[], cutting: boolean): { cells: string[]; cut: boolean } | null {
  if (/[\t|│]/u.test(line)) return null;
  const cells = columns.map(() => '');
  let last = -1;
  let cut = false;
  const pieces = piecesOf(line);
  while (pieces.length > 0) {
    const piece = pieces.shift()!;
    let k = -1;
    columns.forEach((c, n) => {
      if (c.start <= piece.start + SLACK) k = n;
    });
    if (k < 0 || k <= last) return null;
    // A piece reaching past the next column's start is not lined up with this one — unless one space parts it right where
    // that column starts: "Нұрмағамбетов Асхат Ерланұлы Жыңғылды ауылдық округі" (set 183), a name as long as its column
    // left one space before the role. The rest is a piece of its own, put under its column in turn.
    const next = columns[k + 1];
    if (next && piece.start + piece.text.length > next.start + SLACK) {
      const parts = cutting ? cutAt(piece, next.start) : null;
      if (!parts) return null;
      cells[k] = parts[0].text;
      last = k;
      cut = true;
      pieces.unshift(parts[1]);
      continue;
    }
    cells[k] = piece.text;
    last = k;
  }
  return last < 0 ? null : { cells, cut };
}

/** How far right of its column's start a word may start and still open that column's cell after a single space. */
const LATE = 5;

/**
 * A piece parted at the one space whose next word starts nearest a column's start (from SLACK left of it to LATE right), or
 * null when no space is there.
 */
function cutAt(piece: { text: string; start: number }, at: number): { text: string; start: number }[] | null {
  let best: number | null = null;
  for (const m of piece.text.matchAll(/ (?=\S)/gu)) {
    const from = piece.start + m.index! + 1;
    if (from < at - SLACK || from > at + LATE) continue;
    if (best === null || Math.abs(from - at) < Math.abs(best - at)) best = from;
  }
  if (best === null) return null;
  const split = best - piece.start;
  return [{ text: piece.text.slice(0, split - 1), start: piece.start }, { text: piece.text.slice(split), start: best }];
}
