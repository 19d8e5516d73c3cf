import { readListHeading } from './readAttendance.ts';

/**
 * A Word table of two lists: a header row of two headings of either kind ("Присутствовали" | "Отсутствовали",
 * "Қатысқандар" | "Қатыспағандар") and one row below it whose cells are the whole lists, a name a paragraph. As a .docx
 * reads (readers/docxHtmlToText.ts) each cell starts with a tab and its further paragraphs follow without one, so the
 * absentees' first name would sit under the attendees. Such a table is given as two lists one after the other, each under
 * its heading (a colon added), every line keeping its number. A table of any other shape (more rows, more columns,
 * headings of one kind) is kept as it is.
 */
export function splitListCells(input: { lines: string[]; numbers: number[] }): { lines: string[]; numbers: number[] } {
  const lines: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < input.lines.length;) {
    const table = listCellsAt(input.lines, i);
    if (table === null) {
      lines.push(input.lines[i]);
      numbers.push(input.numbers[i]);
      i++;
      continue;
    }
    for (let c = 0; c < 2; c++) {
      lines.push(`${input.lines[table.cells[c]].trim()}:`);
      numbers.push(input.numbers[table.cells[c]]);
      const from = table.cells[c + 2];
      const to = c === 0 ? table.cells[3] : table.end;
      for (let k = from; k < to; k++) {
        if (input.lines[k].trim() === '') continue;
        lines.push(input.lines[k].trim());
        numbers.push(input.numbers[k]);
      }
    }
    i = table.end;
  }
  return { lines, numbers };
}

/** The table of two list cells starting at line i: the lines of its four cells and the line after it, or null. */
function listCellsAt(lines: string[], i: number): { cells: number[]; end: number } | null {
  if (!lines[i].startsWith('\t') || lines[i].slice(1).includes('\t')) return null;
  const cells: number[] = [];
  let j = i;
  for (; j < lines.length && lines[j].trim() !== ''; j++) {
    if (lines[j].slice(1).includes('\t')) return null;
    if (lines[j].startsWith('\t')) cells.push(j);
  }
  // Two headings, each a cell of one line, then the two lists.
  if (cells.length !== 4 || cells[1] !== i + 1 || cells[2] !== i + 2) return null;
  const kinds = [0, 1].map((c) => {
    const text = lines[cells[c]].trim().replace(/:$/, '');
    return text.length <= 60 ? readListHeading(`${text}:`)?.kind ?? null : null;
  });
  if (kinds.some((k) => k === null || k === 'skip') || kinds[0] === kinds[1]) return null;
  return { cells, end: j };
}
