/**
 * A table copied out of a PDF one CELL A LINE: its header's cells, some over two lines ("План" / "на 2025 г.", "Факт" /
 * "2025 г.", "2024 г." / "(справочно)"), then each row as its number, its label and its values, a line each:
 *
 *   1 / Заседания Общественного совета / 6 / 7 / 5 / 2 / Заседания президиума ОС / 4 / …
 *
 * No reader of one line sees which value is the plan, the fact or last year's. The rows are rebuilt from the header
 * when the header's cells are as many as a row's (number, label and values): each such row becomes a tab row ("1\tЗаседания Общественного
 * совета\t6\t7\t5") under the header as one tab row, the rows one under another from the header's first line (a table
 * reader wants them so; each within the lines the table was typed on), the other lines blanked (line numbers
 * kept), so the tab-table readers read its fact column. A row whose cells are fewer (a cell lost in the
 * copy: "7 / Круглые столы / 4 / 5 / 8 / Проекты НПА …") or not all counts ("З8", "l" before any repair) says which
 * value is whose by guess only: it is left as typed, out of the table, and gives no figure. A header whose cells do not
 * match the rows leaves the whole table as typed.
 */
export function readCellPerLineTables(source: string[]): string[] {
  const lines = [...source];
  for (let i = 0; i < lines.length; i++) {
    if (!isRowStart(lines, i, 1)) continue;
    const rows = rowsFrom(lines, i);
    const width = commonWidth(rows);
    if (width === null) continue;
    const header = headerAbove(lines, i, width + 2);
    if (header === null) continue;
    const whole = rows.filter((row) => row.values.length === width && row.values.every((v) => COUNT_CELL.test(v.text)));
    const typed = [...header.at, ...whole.flatMap((row) => [row.at, row.label.at, ...row.values.map((v) => v.at)])];
    for (const k of typed) lines[k] = '';
    // The table's rows stand one under another, as a table reader wants them, from the header's first line on, all
    // within the lines the table was typed on.
    const rebuilt = [header.cells.join('\t'), ...whole.map((row) => [String(row.n), row.label.text, ...row.values.map((v) => v.text)].join('\t'))];
    rebuilt.forEach((row, k) => (lines[header.at[0] + k] = row));
    i = rows[rows.length - 1].end;
  }
  return lines;
}

interface Cell { at: number; text: string }
interface Row { n: number; at: number; label: Cell; values: Cell[]; end: number }

const ROW_NUMBER = /^\s*(\d{1,2})\.?\s*$/u;
/** A row's label: words, not a value; short, as a table's first column is. */
const LABEL = /^\s*\p{L}[\p{L}\s,()«»"./-]*\p{L}[)»"]?\s*$/u;
/** A value cell: a count, a dash for none, or a count mangled by the copy ("З8", "l", "1O"): short, with no space. */
const VALUE_CELL = /^\s*(?:\d{1,3}(?:[ \u00a0]\d{3})*|[–—-]|(?=\S*\d)\S{1,4}|\p{L})\s*$/u;
const COUNT_CELL = /^\s*(?:\d{1,3}(?:[ \u00a0]\d{3})*|[–—-])\s*$/u;

/** The next line with text after `i` (blank lines of a page break between cells skipped), or -1. */
function nextText(lines: string[], i: number): number {
  for (let k = i + 1; k < lines.length && k <= i + 8; k++) if (lines[k].trim() !== '') return k;
  return -1;
}

/** Row `n` opens at `i`: its number alone on the line, its label on the next line with text, a value after that. */
function isRowStart(lines: string[], i: number, n: number): boolean {
  const m = ROW_NUMBER.exec(lines[i]);
  if (m === null || Number(m[1]) !== n) return false;
  const label = nextText(lines, i);
  if (label < 0 || !LABEL.test(lines[label]) || lines[label].trim().length > 100) return false;
  const value = nextText(lines, label);
  return value >= 0 && VALUE_CELL.test(lines[value]);
}

/** The rows numbered 1, 2, 3, … from `i`, each running to the next row's number or to the first line that is no value. */
function rowsFrom(lines: string[], i: number): Row[] {
  const rows: Row[] = [];
  let at = i;
  for (let n = 1; at >= 0 && isRowStart(lines, at, n); n++) {
    const label = nextText(lines, at);
    const values: Cell[] = [];
    let k = nextText(lines, label);
    let end = label;
    while (k >= 0 && VALUE_CELL.test(lines[k]) && !isRowStart(lines, k, n + 1)) {
      values.push({ at: k, text: lines[k].trim() });
      end = k;
      k = nextText(lines, k);
    }
    rows.push({ n, at, label: { at: label, text: lines[label].trim() }, values, end });
    at = k >= 0 && isRowStart(lines, k, n + 1) ? k : -1;
  }
  return rows;
}

/** The values a row has when most rows (three or more, every row but two at most) have as many; else null. */
function commonWidth(rows: Row[]): number | null {
  if (rows.length < 3) return null;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.values.length, (counts.get(r.values.length) ?? 0) + 1);
  const [width, seen] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return width >= 2 && seen >= 3 && seen >= rows.length - 2 ? width : null;
}

/**
 * The header's cells over the first row, `count` of them, a line each back to a blank line (none a caption with a colon or
 * a full stop): a line that opens in a small letter or a bracket ("п/п", "на 2025 г.", "(справочно)") goes on the cell
 * above; so may a year's line under a cell without one ("Факт" / "2025 г.") — or it may be a cell of its own ("Нақты" /
 * "2024 ж."): the reading that gives as many cells as a row has, the first the rows' number ("№ п/п"), is taken; none
 * when neither does.
 */
function headerAbove(lines: string[], first: number, count: number): { at: number[]; cells: string[] } | null {
  const at: number[] = [];
  for (let k = first - 1; k >= 0 && lines[k].trim() !== '' && at.length < 16; k--) at.unshift(k);
  if (at.length < 3) return null;
  if (at.some((k) => lines[k].trim().length > 40 || (/[.:]\s*$/u.test(lines[k].trim()) && !/\s(?:г|гг|ж)\.$/u.test(lines[k].trim())))) return null;
  for (const yearsGoOn of [true, false]) {
    const cells: string[] = [];
    for (const k of at) {
      const text = lines[k].trim();
      const last = cells.length - 1;
      if (last >= 0 && (/^[\p{Ll}(/]/u.test(text) || (yearsGoOn && /^\d{4}/u.test(text) && !/\d/u.test(cells[last])))) cells[last] = `${cells[last]} ${text}`;
      else cells.push(text);
    }
    // The rows carry their number: so does the header, its first cell the number's ("№", "№ п/п", "р/с").
    if (cells.length === count && /^(?:№|#|[пр]\/[пнс])/iu.test(cells[0])) return { at, cells };
  }
  return null;
}
