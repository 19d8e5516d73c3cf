import { parseCount, COUNT_SOURCE as N } from '../parseCount.ts';
import { readListHeading } from './readAttendance.ts';
import { TOTALS_WORD } from './readAttendanceTable.ts';
import { re } from './re.ts';

/**
 * A Word table of lists: a header row of two or three headings ("Присутствовали" | "Отсутствовали", "Қатысқандар" |
 * "Қатыспағандар", "Присутствовали очно" | "Присутствовали онлайн (ZOOM)" | "Отсутствовали (причина)") and one row below
 * it whose cells are the whole lists, a name a paragraph; perhaps a row of each list's total below ("Итого: 9" | "Итого: 3"
 * | "Итого: 3"). As a .docx reads (readers/docxHtmlToText.ts) each cell starts with a tab and its further paragraphs
 * follow without one, so the absentees' first name would sit under the attendees. Such a table is given as its lists one
 * after the other, each under its heading (a colon added), every line keeping its number; a totals row is left out once
 * each total is its list's length (else the table is not understood, and kept). A table of any other shape (more rows,
 * headings of one kind, no list of absentees) is kept as it is.
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
    const width = table.width;
    for (let c = 0; c < width; c++) {
      lines.push(`${input.lines[table.cells[c]].trim()}:`);
      numbers.push(input.numbers[table.cells[c]]);
      for (const k of table.items[c]) {
        lines.push(input.lines[k].trim());
        numbers.push(input.numbers[k]);
      }
    }
    i = table.end;
  }
  return { lines, numbers };
}

const TOTAL = re(`${TOTALS_WORD}\\s*[:\\-–—]?\\s*(${N})\\s*(?:чел\\.?|человек|адам)?\\s*\\.?\\s*$`);

/**
 * The table of list cells starting at line i: its heading cells' lines, each list's lines (blanks left out), how many
 * lists, and the line after it; or null.
 */
function listCellsAt(lines: string[], i: number): { cells: number[]; items: number[][]; width: number; end: number } | null {
  if (!lines[i].startsWith('\t') || lines[i].slice(1).includes('\t')) return null;
  const cells: number[] = [];
  let j = i;
  for (; j < lines.length && lines[j].trim() !== ''; j++) {
    if (lines[j].slice(1).includes('\t')) return null;
    if (lines[j].startsWith('\t')) cells.push(j);
  }
  // Two or three headings, each a cell of one line, then the lists; perhaps a cell of each one's total.
  const width = [2, 3].find((w) => cells.length === 2 * w || (cells.length === 3 * w && cells.slice(2 * w).every((k, c) => TOTAL.test(lines[k]) && (cells[2 * w + c + 1] ?? j) === k + 1)));
  if (width === undefined || cells.slice(0, width + 1).some((k, c) => k !== i + c)) return null;
  const headings = cells.slice(0, width).map((k) => {
    const text = lines[k].trim().replace(/:$/, '');
    return text.length <= 60 ? readListHeading(`${text}:`) : null;
  });
  if (headings.some((h) => h === null || h.kind === 'skip')) return null;
  const kinds = headings.map((h) => `${h!.kind}${h!.online ? ' online' : ''}`);
  if (new Set(kinds).size !== width || !kinds.includes('absent')) return null;
  const totals = cells.length === 3 * width ? cells.slice(2 * width) : null;
  const items = cells.slice(width, 2 * width).map((from, c) => {
    const to = cells[width + c + 1] ?? j;
    return Array.from({ length: to - from }, (_, k) => from + k).filter((k) => lines[k].trim() !== '');
  });
  if (totals && totals.some((k, c) => parseCount(TOTAL.exec(lines[k])![1]) !== items[c].length)) return null;
  return { cells, items, width, end: j };
}
