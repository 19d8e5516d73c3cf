import type { HeaderTest } from './regroupCellTable.ts';

/**
 * A table copied out of a PDF viewer comes a cell a line with nothing to tell a cell from a paragraph: no tab opens it
 * (as Word's text export does), no pipe parts it ("Вопрос" / "За" / "Против" / "Воздержались" / "Итог" / "1" / "12" /
 * "0" / "1" / "принято" / "2" / "единогласно" / "принято" …), and a word hyphenated in a cell leaves a blank line where
 * its rest was. Where such a run opens with the header of the table asked for (`isHeader`), each of its cells is given
 * the tab Word's export gives it and the blank lines inside it are taken out, so regroupCellTable reads it as any table
 * a cell a line. `numbers` gives each line's number in the text given; every other line is kept as it is. A cell alone on
 * its line is short (`longest`: an attendance table's status with its reason runs longer, "отсутствовал (отпуск, заявление
 * от 01.09.2025)"), with no tab and no pipe. A table with no cell merged across a row (`wholeRows`) ends at the blank line
 * after its last whole row.
 */
export function tabBareCells(lines: string[], isHeader: HeaderTest, longest = 40, wholeRows = false): { lines: string[]; numbers: number[] } {
  const out: string[] = [];
  const numbers: number[] = [];
  const isBare = (line: string) => line.trim() !== '' && line.trim().length <= longest && !/[\t|]/u.test(line);
  for (let i = 0; i < lines.length;) {
    const run = bareRunAt(lines, i, isHeader, isBare, wholeRows);
    if (run === null) {
      out.push(lines[i]);
      numbers.push(i + 1);
      i++;
      continue;
    }
    for (let k = i; k < run; k++) {
      if (lines[k].trim() === '') continue;
      out.push(`\t${lines[k].trim()}`);
      numbers.push(k + 1);
    }
    i = run;
  }
  return { lines: out, numbers };
}

const MAX_HEADER = 8;
/** A header's cell is a column's label: a few words. */
const HEADER_CELL = 30;

/** The end (exclusive) of a run of bare cells opening with the table's header at line i, or null. */
function bareRunAt(lines: string[], i: number, isHeader: HeaderTest, isBare: (line: string) => boolean, wholeRows: boolean): number | null {
  if (!isBare(lines[i])) return null;
  // The run: bare lines, a single blank line between two of them (a hyphenated cell's rest) kept in it.
  let end = i;
  while (end < lines.length && (isBare(lines[end]) || (lines[end].trim() === '' && isBare(lines[end + 1] ?? '') && isBare(lines[end - 1] ?? '')))) end++;
  const cells = lines.slice(i, end).filter((l) => l.trim() !== '').map((l) => l.trim());
  if (cells.length < 6) return null;
  for (let width = 3; width <= Math.min(MAX_HEADER, cells.length - 1); width++) {
    if (!isHeader(cells.slice(0, width), cells[width]) || !/^\d{1,3}\.?$/u.test(cells[width])) continue;
    // A line over the header (a running header left by the page, a caption ending with its colon) is none of its cells: the
    // run opens below it.
    if (!cells.slice(0, width).every((c) => c.length <= HEADER_CELL && !/:\s*$/u.test(c))) return null;
    // A table of whole rows (`wholeRows`: no cell merged across a row) ends at the blank line after its last row: "ПОВЕСТКА ДНЯ:"
    // / "1. …" after it are short lines, no cells.
    const rowsOf = (to: number) => lines.slice(i, to).filter((l) => l.trim() !== '').length % width === 0;
    if (!wholeRows || rowsOf(end)) return end;
    for (let k = end - 1; k > i; k--) if (lines[k].trim() === '' && rowsOf(k)) return k;
    return null;
  }
  return null;
}
