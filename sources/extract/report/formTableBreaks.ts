/**
 * The lines a ministry's form sets across its table between two rows, each no row of it: a note ("Примечание: …",
 * "Ескерту: …", "Справочно: …", "Түсініктеме: …") merged across the columns, its wrapped lines with it; a section's
 * heading ("Раздел II. Заседания", "II бөлім. Отырыстар", "3. Общественный контроль"); the row of column numbers under
 * the header ("1 2 3 4 5"). A table read as one block of rows ended at the first of them, and the rows under it were
 * read without their header (held-out 78: Zhanaozen's " | " table cut at its first "Ескерту" row, Ridder's PDF table at
 * "Раздел I. Состав", Taldykorgan's Word table at "1. Состав совета"). The readers of tables read over them; a note's
 * figures are the note's (last year's, the oblast's, a remainder), never the row's: see doubtNoteFigures.
 */
import type { ReportCandidate, ReportFigure } from '../types.ts';

/** A note's opening word: "Примечание:", "Прим.:", "Ескерту:", "Ескертпе:", "Справочно:", "Анықтама:", "Түсініктеме:". */
export const NOTE_OPENING = /^(?:примечани[ея]|прим\.|ескерту|ескертпе|справочно|для\s+справки|анықтама|түсініктеме|пояснени[ея])\s*[:.–—-]/iu;

/** A section's heading: "Раздел I. Состав", "Раздел 2 – Обращения", "II бөлім. Отырыстар", "2-бөлім", "Бөлім III". */
const SECTION = /^(?:(?:раздел|бөлім)\s+(?:[IVXІ]{1,5}|\d{1,2})(?![\p{L}\d])|(?:[IVXІ]{1,5}|\d{1,2})(?:-|\s+)бөлім(?![\p{L}]))[^\d|\t]{0,80}$/iu;

/** The row of column numbers under a header: "1 2 3 4 5", "1\t2\t3\t4", "| 1 | 2 | 3 | 4 |" — 1 to n in turn. */
export function isColumnNumbersRow(line: string): boolean {
  const numbers = line.replace(/[|\t]/gu, ' ').trim().split(/\s+/u);
  return numbers.length >= 3 && numbers.every((n, k) => n === String(k + 1));
}

/** A note's line or a section's heading as a table's text layer sets it: bare, or as a row's only cell ("    | Ескерту: …"). */
export function isNoteLine(line: string): boolean {
  return NOTE_OPENING.test(soleCell(line));
}

export function isSectionLine(line: string): boolean {
  return SECTION.test(soleCell(line));
}

/** The text of a line that is one cell, its bars or tabs off: "    | Ескерту: …" → "Ескерту: …"; null-like '' when it has more. */
function soleCell(line: string): string {
  const cells = line.split(/[|\t]/u).map((c) => c.trim()).filter((c) => c !== '');
  return cells.length === 1 ? cells[0] : '';
}

/**
 * The breaks of the table whose rows `isRow` tells, from line `end + 1` on: notes (a note's line and the lines of one
 * cell under it, up to the next row, heading or note), headings and a column-number row, each followed at last by a row
 * of the table. Returns the breaks' lines, or [] when no row follows them (the table has ended).
 */
export function breaksAfter(lines: string[], end: number, isRow: (line: string) => boolean): number[] {
  const taken: number[] = [];
  let k = end + 1;
  let inNote = false;
  while (k < lines.length && taken.length < 12) {
    const line = lines[k];
    if (line.trim() === '') return [];
    if (isNoteLine(line)) inNote = true;
    else if (isSectionLine(line) || isColumnNumbersRow(line)) inNote = false;
    else if (isRow(line)) return taken;
    else if (!inNote || soleCell(line) === '') return [];
    taken.push(k);
    k++;
  }
  return [];
}

/** Why a figure read from a form table's note is no figure. */
export const NOTE_FIGURE = 'stated in a note under a form table (last year, another body, a remainder): not the row\'s value';

/**
 * The figures read from a form table's note rows ("Ескерту: … облыс бойынша ІІ жарты жылдықта 214 жарияланым", "Примечание:
 * за 2024 год совет собирался 6 раз"): the table's rows state the period's values, a note qualifies them, so what a note
 * counts is a candidate with the reason.
 */
export function doubtNoteFigures(figures: ReportFigure[], notes: Set<number>, candidates: ReportCandidate[]): ReportFigure[] {
  return figures.filter((f) => {
    if (!notes.has(f.line - 1)) return true;
    candidates.push({ ...f, why: NOTE_FIGURE });
    return false;
  });
}
