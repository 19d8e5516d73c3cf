import { startTable } from './readAttendanceTable.ts';

/**
 * A table as Word's "save as text" lays it out, and as a .docx reads
 * (readers/docxHtmlToText.ts): one cell per line, each starting with a tab, a
 * cell's further paragraphs without one, a blank line after the table. Where
 * such a run of cells opens with an attendance header ("№ | ФИО | Участие"),
 * it is regrouped into one line per row, cells joined by tabs, at the line of
 * the row's first cell, so the attendance reader reads it as any tab table.
 * Every other line is kept as it is; `numbers` gives each line's number in the text.
 */
export function regroupCellTable(lines: string[], isHeader: HeaderTest = attendanceHeader): { lines: string[]; numbers: number[] } {
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < lines.length;) {
    if (!lines[i].startsWith('\t') || lines[i].trim() === '') {
      out.push(lines[i]);
      numbers.push(i + 1);
      i++;
      continue;
    }
    const cells: { text: string; line: number }[] = [];
    let j = i;
    // An empty cell is a line with its tab alone ("\t"): a cell of the run, not the blank line after the table.
    for (; j < lines.length && (lines[j].trim() !== '' || /^\t[ \t]*$/.test(lines[j])); j++) {
      if (lines[j].startsWith('\t')) cells.push({ text: lines[j].trim(), line: j + 1 });
      else cells[cells.length - 1].text += ` ${lines[j].trim()}`;
    }
    // A cell a line has no tab but the leading one; "\t1\tИванов\tочно" is a tab table indented by a tab.
    const oneCellEach = lines.slice(i, j).every((l) => !l.slice(1).includes('\t'));
    const width = oneCellEach ? headerWidth(cells.map((c) => c.text), isHeader) : null;
    if (width === null) {
      for (let k = i; k < j; k++) {
        out.push(lines[k]);
        numbers.push(k + 1);
      }
    } else {
      for (let k = 0; k < cells.length; k += width) {
        const row = cells.slice(k, k + width);
        out.push(row.map((c) => c.text).join('\t'));
        numbers.push(row[0].line);
      }
    }
    i = j;
  }
  return { lines: out, numbers };
}

/** A header row a table of this kind opens with (`next`: the cell after it), and its running-number column if it has one; null when the cells are none. */
export type HeaderTest = (cells: string[], next: string) => { no?: number } | null;
const attendanceHeader: HeaderTest = (cells) => startTable(cells.join('\t'))?.cols ?? null;

/** How many cells the header row has: the fewest that read as the table's header and divide the run into whole rows. */
function headerWidth(cells: string[], isHeader: HeaderTest): number | null {
  for (let width = 2; width <= Math.min(8, cells.length / 2); width++) {
    if (cells.length % width !== 0) continue;
    const header = isHeader(cells.slice(0, width), cells[width] ?? '');
    if (!header) continue;
    // With a running-number column, every row starts with its number.
    const no = header.no;
    if (no !== undefined && !cells.every((c, k) => k < width || k % width !== no || /^\d{1,3}\.?$/.test(c))) continue;
    return width;
  }
  return null;
}
