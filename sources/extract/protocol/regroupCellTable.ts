import { startTable, TOTALS_WORD } from './readAttendanceTable.ts';
import { re } from './re.ts';
import { UNANIMOUS } from './lexicon.ts';

/**
 * A table as Word's "save as text" lays it out, and as a .docx reads
 * (readers/docxHtmlToText.ts): one cell per line, each starting with a tab, a
 * cell's further paragraphs without one, a blank line after the table. Where
 * such a run of cells opens with an attendance header ("№ | ФИО | Участие"),
 * it is regrouped into one line per row, cells joined by tabs, at the line of
 * the row's first cell, so the attendance reader reads it as any tab table.
 * Every other line is kept as it is; `numbers` gives each line's number in the text.
 */
export function regroupCellTable(lines: string[], isHeader: HeaderTest = attendanceHeader, merged = false, isSection: ((cell: string) => boolean) | null = null): { lines: string[]; numbers: number[] } {
  const out: string[] = [];
  const numbers: number[] = [];
  for (let i = 0; i < lines.length;) {
    // (A run may open with an empty cell, a table's corner over its rows' labels: " | Повестка дня | Вопрос 1 | …", held-out
    // 186's Chkalovo votes turned on their side.)
    const corner = /^\t[ \t]*$/u.test(lines[i]) && /^\t\s*\S/u.test(lines[i + 1] ?? '');
    if (!lines[i].startsWith('\t') || (lines[i].trim() === '' && !corner)) {
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
    // A run that does not divide into whole rows is read by its row numbers only where the caller knows a merged cell
    // (the votes' "единогласно" across the counts); an attendance row short of a cell is no table to guess.
    const numbered = merged && oneCellEach && width === null ? rowsByNumber(cells, isHeader) : null;
    const sectioned = isSection && oneCellEach && width === null ? rowsWithSections(cells, isHeader, isSection) : null;
    if (sectioned) {
      for (const row of sectioned) {
        out.push(row.section ? `\t${row.cells[0].text}` : row.cells.map((c) => c.text).join('\t'));
        numbers.push(row.cells[0].line);
      }
    } else if (numbered) {
      for (const row of numbered) {
        out.push(row.map((c) => c.text).join('\t'));
        numbers.push(row[0].line);
      }
    } else if (width === null) {
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

/**
 * A header row a table of this kind opens with (`next`: the cell after it), and its running-number column if it has one; null
 * when the cells are none. `closing`: the table may close with several rows outside the count, their number's cell empty and
 * the first of them a totals row (a voting sheet's "Барлығы" then "Нәтижесі").
 */
export type HeaderTest = (cells: string[], next: string) => { no?: number; closing?: true } | null;
/** An attendance table's header row ("№ | ФИО | Участие"). */
export const attendanceHeader: HeaderTest = (cells) => startTable(cells.join('\t'))?.cols ?? null;

/** How many cells the header row has: the fewest that read as the table's header and divide the run into whole rows. */
function headerWidth(cells: string[], isHeader: HeaderTest): number | null {
  for (let width = 2; width <= Math.min(8, cells.length / 2); width++) {
    if (cells.length % width !== 0) continue;
    const header = isHeader(cells.slice(0, width), cells[width] ?? '') ?? secondHeaderRow(cells, width, isHeader);
    if (!header) continue;
    // A header over two rows ("Участвует" / "очно | онлайн"): its second row has no number, and the rows start after it.
    const body = continuedHeader(cells, width, header.no) ? 2 * width : width;
    // With a running-number column, every row starts with its number — or with a dash where a row is outside the count (the
    // secretary's "–" under the members' 1–21), the first row numbered; the last row may be the totals ("Итого | | 17 | 4"),
    // its word in the number's cell or, that cell left empty, in the next ("| Итого присутствует (О + Д) | | 13 |").
    const no = header.no;
    const last = cells.length - width;
    const totalsRow = cells.slice(last).some((c) => TOTALS.test(c));
    const closingFrom = header.closing && no !== undefined ? closingRows(cells, width, body, no) : cells.length;
    if (no !== undefined && !cells.every((c, k) => k < body || k >= closingFrom || k % width !== no || /^\d{1,3}\.?$/.test(c) || (k >= body + width && /^[-–—]$/u.test(c)) || (k === last + no && (TOTALS.test(c) || (c === '' && totalsRow))))) continue;
    if (no !== undefined && cells.length > body && !/^\d{1,3}\.?$/.test(cells[body + no])) continue;
    return width;
  }
  return null;
}

/**
 * Where a table's closing rows start (its cell index): the first row from which every row to the end has its number's cell
 * empty, the first of them holding a totals word ("| | Барлығы | иә – 9 … |" / "| | Нәтижесі | қабылданды |"); the table's
 * length when there are none.
 */
function closingRows(cells: string[], width: number, body: number, no: number): number {
  let from = cells.length;
  while (from - width >= body + width && cells[from - width + no] === '') from -= width;
  return from < cells.length && cells.slice(from, from + width).some((c) => TOTALS.test(c)) ? from : cells.length;
}

/** "Итого", "Всего", "Барлығы", "Жиыны": the totals row closing a table. */
const TOTALS = re(TOTALS_WORD);

/** The second row of the header: no number in it, and the running-number cell of it empty. */
function continuedHeader(cells: string[], width: number, no: number | undefined): boolean {
  const row = cells.slice(width, 2 * width);
  return row.length === width && row.some((c) => c !== '') && (no === undefined ? row[0] === '' : row[no] === '') && !row.some((c) => /\d/.test(c.replace(/\([^)]*\)/g, '')));
}

/**
 * A header over two rows whose second names the columns ("Голосовали (чел.)" spanning / "«за» | «против» | «возд.»"): the
 * second row read as the header, when the first has no number and every row after them opens with its running number —
 * so a width that only happens to put labels in one row is not taken.
 */
function secondHeaderRow(cells: string[], width: number, isHeader: HeaderTest): ReturnType<HeaderTest> {
  if (cells.length < 3 * width || cells.slice(0, width).some((c) => /^\d/.test(c)) || !continuedHeader(cells, width, undefined)) return null;
  const header = isHeader(cells.slice(width, 2 * width), cells[2 * width] ?? '');
  if (!header) return null;
  if (countsUnderSplit(cells, width)) return header;
  for (let k = 2 * width; k < cells.length; k += width) if (!/^\d{1,3}\.?$/.test(cells[k])) return null;
  return { ...header, no: 0 };
}

/**
 * "Вопрос | Всего проголосовало | Голоса | | | Решение" over " | | за | против | воздерж. | ": rows named by their question
 * ("Повестка дня", "Вопрос 1"), no running number to find the width by — the width is right when every row has a count
 * (digits, a dash, "нет") or the word for all under each column split from the merged cell above, and at least two rows.
 */
function countsUnderSplit(cells: string[], width: number): boolean {
  const split = Array.from({ length: width }, (_, k) => k).filter((k) => cells[k] === '' && cells[width + k] !== '');
  if (split.length < 2 || cells.length < 4 * width) return false;
  for (let r = 2 * width; r < cells.length; r += width) {
    if (!split.every((k) => COUNT_OR_ALL.test(cells[r + k]))) return false;
  }
  return true;
}
const COUNT_OR_ALL = re(`^(?:\\d{1,3}|[-–—]|нет|жоқ|${UNANIMOUS}(?:\\s*/\\s*${UNANIMOUS})?)?\\.?$`, 'iu');

/**
 * A table saved as text by Word with a cell merged across columns ("4 | единогласно (3 columns) | решение принято"): the
 * run no longer divides into whole rows. Its rows are found by their running numbers (1, 2, 3 … in the first column):
 * a row is the header's width, or shorter when the next number follows a cell that is no number; a short row's last
 * cell is the last column's, the merged cell covering the columns between. Null unless every row is found so.
 */
function rowsByNumber(cells: { text: string; line: number }[], isHeader: HeaderTest): { text: string; line: number }[][] | null {
  const texts = cells.map((c) => c.text);
  const isNo = (k: number, n: number) => k < texts.length && new RegExp(`^${n}\\.?$`).test(texts[k]);
  for (let width = 2; width <= Math.min(8, cells.length / 2); width++) {
    if (!isHeader(texts.slice(0, width), texts[width] ?? '') || !isNo(width, 1)) continue;
    const rows = [cells.slice(0, width)];
    let p = width;
    for (let n = 1; p < cells.length; n++) {
      let q = p + width >= cells.length || isNo(p + width, n + 1) ? Math.min(p + width, cells.length) : -1;
      if (q < 0) {
        q = texts.findIndex((t, k) => k > p + 1 && k < p + width && isNo(k, n + 1) && !/^\d/.test(texts[k - 1]));
        if (q < 0) break;
      }
      const row = cells.slice(p, q);
      // Only a merged cell of text ("единогласно") stands for the columns it covers: a short row of numbers lost a cell.
      if (row.length < width && row.slice(1, -1).some((c) => /^\d/.test(c.text))) break;
      const filler = Array.from({ length: width - row.length }, () => ({ text: '', line: row[0].line }));
      rows.push(row.length < width ? [...row.slice(0, -1), ...filler, row[row.length - 1]] : row);
      p = q;
    }
    if (p >= cells.length && rows.some((r, k) => k > 0 && r.some((c) => c.text === '')) && rows.length >= 2) return rows;
  }
  return null;
}

/**
 * A table whose rows are parted by a row merged across it, one cell naming its section ("Члены Общественного совета" /
 * rows / "Приглашённые" / rows numbered from 1 again): a cell a line, the run no longer divides into whole rows. The rows
 * are the header's width each, every one opening with its running number; a section's cell stands where a row would
 * open, with a row numbered after it — it is given as a row of its own, its number's cell empty ("\tПриглашённые"), as the
 * attendance reader reads a section row. Null unless the whole run is read so, with a section among it.
 */
function rowsWithSections(cells: { text: string; line: number }[], isHeader: HeaderTest, isSection: (cell: string) => boolean): { cells: { text: string; line: number }[]; section: boolean }[] | null {
  const texts = cells.map((c) => c.text);
  const isNo = (k: number) => k < texts.length && /^\d{1,3}\.?$/.test(texts[k]);
  for (let width = 2; width <= Math.min(8, cells.length / 2); width++) {
    const header = isHeader(texts.slice(0, width), texts[width] ?? '');
    if (header?.no !== 0) continue;
    const rows = [{ cells: cells.slice(0, width), section: false }];
    let sections = 0;
    let p = width;
    while (p < cells.length) {
      if (isSection(texts[p]) && isNo(p + 1)) {
        rows.push({ cells: [cells[p]], section: true });
        sections++;
        p++;
      } else if (isNo(p) && p + width <= cells.length && !texts.slice(p + 1, p + width).some((t, k) => isSection(t) && isNo(p + 2 + k))) {
        rows.push({ cells: cells.slice(p, p + width), section: false });
        p += width;
      } else break;
    }
    if (p === cells.length && sections > 0) return rows;
  }
  return null;
}
