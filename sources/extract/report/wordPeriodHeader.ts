import { isPeriodHeading, periodHeaderPath } from './mergedHeaderTable.ts';

/**
 * A Word table's header of two or three rows whose merged cells name periods, as a .docx reads (wordCellTable: a cell
 * merged across columns stands as empty cells after it, one merged down as empty cells under it) —
 *
 *   | Көрсеткіштер |                  | III тоқсан | (span)  |
 *   |              |                  | 2026 ж.    | 2025 ж. |
 *   | Отырыстар    | Кеңес отырыстары | 2          | 2       |
 *   |              | Төралқа …        | 1          | 1       |
 *
 * — rewritten as one header row, each column named by its whole path ("III тоқсан 2026 ж.", "III тоқсан 2025 ж.";
 * "2026 год" › "III квартал" › "июль" → "июль 2026 год": periodHeaderPath), so the table readers tell the period's column
 * from last year's and from the parts as they do in a header of one row. A header cell spanning the columns of words
 * before the counts ("Көрсеткіштер" over the groups merged down and the indicators) names the indicators, the last of
 * them: the column of groups before it is no column of labels. Rows kept as they are when a merged cell names no period
 * ("Өтініштер" over "барлығы | оның ішінде": the readers' two-level header), or when no row of counts follows the header.
 */
export function withPeriodHeaderRow<T extends { line: string; at: number }>(rows: T[]): T[] {
  const cells = rows.map((r) => r.line.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim()));
  const width = cells[0]?.length ?? 0;
  if (width < 3 || cells.some((r) => r.length !== width)) return rows;
  const headerRow = (r: string[]) => r.every((c) => c === '' || /\p{L}/u.test(c) || YEAR.test(c)) && r.some((c) => c !== '');
  let head = 0;
  while (head < cells.length && head < 3 && headerRow(cells[head])) head++;
  if (head < 2 || head >= cells.length || !cells[head].some((c) => /^\d/u.test(c))) return rows;
  const header = cells.slice(0, head).map((r) => [...r]);
  // A cell merged across columns: an empty cell after a full one in a row with a named cell under it.
  const merged: string[] = [];
  for (let h = 0; h < head - 1; h++) {
    for (let c = 1; c < width; c++) {
      if (header[h][c] !== '' || header[h][c - 1] === '' || !header.slice(h + 1).some((r) => r[c] !== '')) continue;
      header[h][c] = header[h][c - 1];
      merged.push(header[h][c]);
    }
  }
  if (merged.length === 0 || !merged.every(isPeriodHeading)) return rows;
  const named = Array.from({ length: width }, (_, c) => periodHeaderPath(header.map((r) => r[c])));
  // The columns of words before the counts: a header over the first of them and none over the next ones names the last
  // one whose cells all have words (the indicators), the first holding groups merged down (a name, then empty cells).
  const body = cells.slice(head);
  const wordy = (c: number) => body.every((r) => r[c] === '' || !/^\d/u.test(r[c]));
  if (wordy(0) && wordy(1) && named[0] !== '' && named[1] === '' && body.every((r) => /\p{L}/u.test(r[1])) && body.some((r) => r[0] === '')) {
    named[1] = named[0];
    named[0] = '';
  }
  const first = { ...rows[0], line: `| ${named.join(' | ')} |` };
  return [first, ...rows.slice(head)];
}

/** A year alone in a header cell: "2026". */
const YEAR = /^(?:19|20)\d{2}$/u;
