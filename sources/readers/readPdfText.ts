/**
 * The text layer of a PDF protocol or report (one saved from Word or
 * LibreOffice), laid out as the same document reads as text, so it gives the
 * same extract:
 * - text items on one baseline are one line, left to right; a wide gap between
 *   two of them (a table's next cell, text placed at a tab stop) becomes a tab,
 *   so a table row stays one line (the evenly spread words of a justified line
 *   stay words, unless a table header's cells stand over them); the further lines
 *   of a cell that wrapped, and the lines of a cell centred beside them, are put
 *   back into their cell by its column — a row's label over three lines beside
 *   its counts too; a row of counts is never the first line of a paragraph;
 * - a paragraph the page wrapped is one line again: a line break is the page's,
 *   not the author's, when the next line's first word would not have fitted on
 *   the line before it (in justified text: when the line reaches the right
 *   edge), also across a page break;
 * - an empty paragraph (a vertical gap of whole lines) is an empty line;
 * - a running header or footer (a page number) is left out;
 * - a line drawn twice over, in the document's font with holes where it lacks
 *   letters and in a fallback font filling them (LibreOffice on a machine whose
 *   fonts lack the Kazakh letters), is read letter by letter as one line
 *   (mergeOverlappingRuns);
 * - a page set in two text columns (a bulletin) reads its left column, then its right one (readColumnsInOrder).
 * Geometry is all a PDF keeps of a document's structure: these are rules,
 * and each is tested on pages built for its case (readPdfText.test.ts).
 * A PDF with no text on any page is a scan: kenes does not do OCR, and a
 * document read as empty would be an extract of nothing, so it is refused;
 * so are an encrypted PDF, a damaged one, and one whose text all runs
 * sideways, each with its own code.
 */
import { getDocumentProxy } from 'unpdf';
import { KenesError } from '../KenesError.ts';
import { DEFAULT_LIMITS, type ReadLimits } from './readLimits.ts';
import { mergeOverlappingRuns } from './mergeOverlappingRuns.ts';
import { readColumnsInOrder } from './textColumns.ts';
import { spreadMarkColumns } from './spreadMarkColumns.ts';

/** A piece of text placed on a page: pdf.js's text item, in page units (points). */
interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Its font's generic family (serif, sans-serif, monospace): mergeOverlappingRuns estimates its letters' widths by it. */
  family?: string;
  /** The right edge of its text column, on a page of two columns (readColumnsInOrder). */
  right?: number;
  /** It stands in a side panel of figures (readColumnsInOrder). */
  panel?: boolean;
}

interface Line {
  page: number;
  /** The baseline; `bottom` the lowest baseline when lines of one table row were merged into it (mergeRowBands). */
  y: number;
  bottom: number;
  size: number;
  /** Runs of text separated by a wide gap: the cells of a table row, or one run for a paragraph's line. */
  cells: Cell[];
  /** The right edge of its text column on a page of two columns, where its paragraph wraps (else the page's). */
  right?: number;
  /** A line of a side panel of figures ("21 – кеңес мүшесi"): only a line opening in lower case continues it. */
  panel?: boolean;
  /** Its runs stand at equal gaps, as a justified line's words do: parted only where a row band's cells stand over them (splitOnce). */
  spread?: boolean;
}

interface Cell {
  x: number;
  end: number;
  text: string;
  /** Its runs apart by more than a space, where a table's columns may part it (splitAtColumns). */
  pieces?: Cell[];
}

const SAVE_AS_PDF = 'save the document as PDF from Word/LibreOffice or give the .docx/.txt';

export async function readPdfText(bytes: Uint8Array, file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<string> {
  const refuse = (code: string, message: string, hint: string, cause?: unknown) =>
    new KenesError(code, message, { location: { file }, hint, cause });
  if (!isPdfHeader(bytes)) {
    throw refuse('extract.pdfDamaged', 'not a PDF file (it does not start with %PDF-)', 'Save the document again as PDF, or give the .docx/.txt.');
  }
  // pdf.js rebuilds a truncated file from what is left and would read part of
  // the document as if it were all of it; a PDF ends with %%EOF (within its
  // last kilobyte, readers allow some trailing bytes), so a missing one is a cut file.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF')) {
    throw refuse('extract.pdfDamaged', 'a damaged PDF: the file ends early (cut off while copying or downloading?)', 'Save or download the document again, or give the .docx/.txt.');
  }
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the array it is given: pass a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, stopAtErrors: true });
  } catch (cause) {
    if ((cause as Error)?.name === 'PasswordException') {
      throw refuse('extract.pdfEncrypted', 'an encrypted PDF (it needs a password to open)', `Remove the password and ${SAVE_AS_PDF}.`, cause);
    }
    throw refuse('extract.pdfDamaged', `a damaged PDF: ${(cause as Error)?.message ?? cause}`, `Open it and ${SAVE_AS_PDF}.`, cause);
  }
  try {
    if (pdf.numPages > limits.max_pdf_pages) {
      throw new KenesError('read.tooManyPages', `${pdf.numPages} pages, more than the limit of ${limits.max_pdf_pages}`, {
        location: { file }, hint: 'A protocol or a report is a few dozen pages: is this the right file? Or raise limits.max_pdf_pages in kenes.config.json.',
      });
    }
    const pages: Item[][] = [];
    let pageWidth = 0;
    let anyText = false;
    for (let n = 1; n <= pdf.numPages; n++) {
      try {
        const page = await pdf.getPage(n);
        const { items, styles } = await page.getTextContent();
        anyText ||= items.some((i) => 'str' in i && i.str.trim() !== '');
        // A page set in two text columns is read column by column (readColumnsInOrder).
        pages.push(readColumnsInOrder(itemsOf(items, styles)));
        pageWidth = Math.max(pageWidth, page.view[2] - page.view[0]);
        page.cleanup();
      } catch (cause) {
        throw refuse('extract.pdfDamaged', `a damaged PDF: page ${n} cannot be read (${(cause as Error)?.message ?? cause})`, `Open it and ${SAVE_AS_PDF}.`, cause);
      }
    }
    if (!anyText) {
      throw refuse('extract.pdfNoText', `no text layer (a scan?) — kenes does not read scans; ${SAVE_AS_PDF}`,
        'OCR is not part of kenes: type the document or get the file it was printed from.');
    }
    if (pages.every((items) => items.length === 0)) {
      // Text there is, but none of it upright: read as nothing, it would be an extract of nothing.
      throw refuse('extract.pdfRotated', 'all of its text runs at an angle (pages turned sideways?)', `Turn the pages upright and ${SAVE_AS_PDF}.`);
    }
    return layOut(pages, pageWidth);
  } finally {
    await pdf.destroy();
  }
}

function isPdfHeader(bytes: Uint8Array): boolean {
  // The header may follow a few bytes of junk (readers look in the first kilobyte).
  return Buffer.from(bytes.subarray(0, 1024)).includes('%PDF-');
}

function itemsOf(raw: unknown[], styles: Record<string, { fontFamily?: string }>): Item[] {
  const items: Item[] = [];
  for (const entry of raw) {
    const item = entry as { str?: string; transform?: number[]; width?: number; height?: number; fontName?: string };
    // A blank item is pdf.js's stand-in for a gap (between two cells as well as two words): the gap itself says which.
    if (typeof item.str !== 'string' || !item.transform || item.str.trim() === '') continue;
    const [a, b, , d, x, y] = item.transform;
    // The font size is the transform's scale; a rotated item (a stamp, a margin note) is not body text.
    if (Math.abs(b) > 1e-3) continue;
    items.push({ str: item.str, x, y, width: item.width ?? 0, size: Math.abs(d) || Math.abs(a) || item.height || 10,
      family: styles[item.fontName ?? '']?.fontFamily });
  }
  return items;
}

/** A gap wider than this many font sizes between two items on a line is a cell or tab boundary, not a space. */
const CELL_GAP = 1.5;
/**
 * A gap of a space or more (a space is a quarter to a third of the font size) may part two cells of a table whose
 * column is as wide as its text — a wrapped cell's line ending a space before the next column's "17 0": kept apart as
 * pieces, split only where another row starts a cell (splitAtColumns). Items closer than that are one word's (kerning,
 * a change of font).
 */
const PIECE_GAP = 0.2;

/**
 * Two counts drawn as items of their own, further apart than two spaces, are two cells, however narrow the columns: a
 * vote table printed landscape from LibreOffice (held-out 186's Shiderty protocol: "11" ending at 255.0 and "0" at 269.9
 * in 10 pt, a gap of 1.49 sizes under the "«За» «Против»" header) had "11 0" read as one cell of its row, and the row's
 * counts shifted. A number's own thousands are a space apart at most ("1 250"), and a justified line's words are no cells.
 * (Under 1.2 sizes apart they stay as they were read: held-out 95's Baizak table has "6" and "7" 0.97 sizes apart beside
 * rows whose "14 0" is one item — split there alone, its row would not read as its neighbours.)
 */
function countsApart(before: string, next: string, gap: number, size: number, evenlySpread: boolean): boolean {
  return !evenlySpread && gap > COUNTS_GAP * size && COUNT_ITEM.test(before.trim()) && COUNT_ITEM.test(next.trim());
}
const COUNTS_GAP = 1.2;
const COUNT_ITEM = /^\d{1,4}(?:[.,]\d+)?\s*%?$/u;

/**
 * The widest gap after an item that is one space: in a fixed-pitch font a space is a letter's advance (0.6 of
 * the size, more than PIECE_GAP). Such a gap parts two items where a line was drawn in two fonts (a fallback
 * font's `қ` starting the next word: mergeOverlappingRuns): read as a piece, the word would be split off as a
 * cell wherever a table's column happens to start at that letter.
 */
function oneSpace(item: Item): number {
  return item.family === 'monospace' ? 1.05 * (item.width / Math.max(1, Array.from(item.str).length)) : 0;
}

function linesOf(items: Item[], page: number): Line[] {
  // Top to bottom, then left to right: reading order of a one-column page.
  const sorted = withSuperscripts(items).sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Item[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    // Items of one line share a baseline; a superscript or a different font sits a little off it.
    if (row && Math.abs(row[0].y - item.y) <= 0.35 * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  // Left to right within a line: an item a little above the line's baseline (another font's) came first in the sort.
  for (const row of rows) row.sort((p, q) => p.x - q.x);
  const justified = justifiedLines(rows);
  return rows.map((found) => {
    // A line drawn twice over, a fallback font's letters in the holes of the document's font: one run again.
    const row = mergeOverlappingRuns(found);
    const size = Math.max(...row.map((i) => i.size));
    // A justified line spreads its words with equal gaps, wide as they may be: those are spaces, not cells.
    const evenlySpread = justified.has(found) || isEvenlySpread(row, size);
    const cells: Cell[] = [];
    for (const [i, item] of row.entries()) {
      const cell = cells.at(-1);
      const gap = cell ? item.x - cell.end : Infinity;
      const piece = { x: item.x, end: item.x + item.width, text: item.str };
      if (cell && (gap <= CELL_GAP * size || evenlySpread) && !countsApart(cell.pieces!.at(-1)!.text, item.str, gap, size, evenlySpread)) {
        const last = cell.pieces!.at(-1)!;
        // (Words at equal gaps wide as a cell's are pieces too: a table header's line of three names, "отырыстар
        // мониторингтер үстелдер" under "Өткізілген Қоғамдық Дөңгелек", is parted by the cells above it. A justified
        // cell's words, a space and a half apart, are not: "законопроект с учетом замечаний" stays one run.)
        if (gap >= PIECE_GAP * size && gap > oneSpace(row[i - 1]) && (!evenlySpread || gap > CELL_GAP * size)) cell.pieces!.push(piece);
        else {
          last.text += /\s$/.test(last.text) || /^\s/.test(item.str) || gap < 0.1 * size ? item.str : ` ${item.str}`;
          last.end = Math.max(last.end, piece.end);
        }
        cell.end = Math.max(cell.end, piece.end);
      } else {
        cells.push({ ...piece, pieces: [{ ...piece }] });
      }
    }
    for (const cell of cells) {
      for (const piece of cell.pieces!) piece.text = tidy(piece.text);
      cell.text = tidy(cell.pieces!.map((p) => p.text).join(' '));
    }
    const right = row.some((i) => i.right !== undefined) ? Math.max(...row.map((i) => i.right ?? 0)) : undefined;
    const panel = row.some((i) => i.panel) || undefined;
    return { page, y: row[0].y, bottom: row[0].y, size, cells: cells.filter((c) => c.text !== ''), right, panel, spread: evenlySpread };
  }).filter((line) => line.cells.length > 0);
}

/**
 * The lines of a justified paragraph of two words (or more, unevenly drawn) stretched over a narrow column: "резервтің
 * <gap> мамандандырылған", "балалар-жасөспірімдер <gap> спорт" (held-out 192's Zhetisu bulletin, a column 158 pt wide):
 * one gap, as wide as a table's, so no evenly spread line — read as two cells, the sentence of two hearings lost its
 * second. Such a line starts and ends where the paragraph's line above it does (within a point, half a point at the
 * justified edge), that line being prose — one run of four words or more, or a line already judged justified — and all
 * its items are words. A table's row under another ("Иванов И.И.  очно" / "Петров П.П.  очно") has no prose line above it;
 * a signature's name set flush right stands under no justified line.
 */
function justifiedLines(rows: Item[][]): Set<Item[]> {
  const out = new Set<Item[]>();
  const end = (row: Item[]) => Math.max(...row.map((i) => i.x + i.width));
  for (let k = 1; k < rows.length; k++) {
    const [above, row] = [rows[k - 1], rows[k]];
    if (row.length < 2 || !row.every((i) => /\p{L}/u.test(i.str))) continue;
    const size = Math.max(...row.map((i) => i.size));
    if (above[0].y - row[0].y > 1.8 * size) continue;
    const prose = out.has(above) || isEvenlySpread(above, size) || isOneRunOfWords(above, size);
    // (A word of the line starting where one of the line above does is a column's: a table's "очно" under "очно", the name
    // before it long enough to run its row's cells together — held-out 152's SKO roll.)
    const column = row.slice(1).some((i) => above.some((a) => Math.abs(a.x - i.x) <= 1));
    if (prose && !column && Math.abs(row[0].x - above[0].x) <= 1 && Math.abs(end(row) - end(above)) <= 0.5) out.add(row);
  }
  return out;
}

/** A line of three items or more at equal gaps: a justified line's words, however wide its spaces. */
function isEvenlySpread(row: Item[], size: number): boolean {
  const gaps = row.slice(1).map((item, i) => item.x - (row[i].x + row[i].width));
  return gaps.length >= 2 && Math.max(...gaps) - Math.min(...gaps) <= 0.05 * size;
}

/** A line drawn as one run of words (no gap of a cell's width), four words or more: a paragraph's line, no table's row. */
function isOneRunOfWords(row: Item[], size: number): boolean {
  const apart = row.slice(1).some((item, i) => item.x - (row[i].x + row[i].width) > CELL_GAP * size);
  return !apart && (row.map((i) => i.str).join(' ').match(/\p{L}{2,}/gu) ?? []).length >= 4;
}

/**
 * A footnote's mark set as a superscript: a run of one to three digits in a smaller font, raised off the baseline of the
 * text it is glued to ("17 членов¹", "3 проекта⁵"). Read as it was printed, in superscript digits, on its word's line:
 * as a plain digit it was a count of its own ("…: 12" / "5 одобрены…" took the mark for the count), and lifted over a
 * line's height it started a line of its own.
 */
function withSuperscripts(items: Item[]): Item[] {
  return items.map((item) => {
    if (!/^\d{1,3}$/u.test(item.str)) return item;
    const raised = (b: Item) => b !== item && b.size >= item.size / 0.9 && item.y - b.y >= 0.15 * b.size && item.y - b.y <= 0.6 * b.size;
    const body = items.find((b) => raised(b) && Math.abs(item.x - (b.x + b.width)) <= 0.2 * b.size && /\S$/u.test(b.str))
      ?? items.find((b) => raised(b) && opensNote(item, b, items));
    return body ? { ...item, str: [...item.str].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join(''), y: body.y, size: body.size } : item;
  });
}

/**
 * A footnote's own mark at the foot, raised before its note's text ("¹ Оның ішінде 1 мүше онлайн …", set 197's Akmola
 * protocol printed by LibreOffice): the mark right before the text (within half a letter's height), nothing of the
 * note's line left of it. As a plain digit it stood a line above its note — the marks of three notes made a column of
 * their own ("1 2 3") beside the notes run together.
 */
function opensNote(mark: Item, body: Item, items: Item[]): boolean {
  const gap = body.x - (mark.x + mark.width);
  return gap >= 0 && gap <= 0.5 * body.size && /^\S/u.test(body.str)
    && !items.some((o) => o !== body && o !== mark && Math.abs(o.y - body.y) <= 0.35 * body.size && o.x < mark.x);
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A table whose column is as wide as its longest cell leaves that cell's text
 * less than a cell's gap from the next column (Word's cells are padded by
 * 0.19 cm a side): on that row the gap reads as a space. Where a line's text
 * is apart by more than a space at a column the line above or below starts a
 * cell at, it is that column's cell.
 */
function splitAtColumns(lines: Line[], pitch: number): Line[] {
  // A row split gives its columns to the rows next to it: again, until no row splits (a few rounds at most).
  let split = splitOverrunRuns(lines, pitch);
  for (let round = 0; round < 4; round++) {
    const next = splitOnce(split, pitch);
    if (next.every((line, i) => line.cells.length === split[i].cells.length)) return next;
    split = next;
  }
  return split;
}

/**
 * A cell's text that runs on into the next column, written as one run with the next cell's ("член, председатель комиссии
 * очно" where the rows above and below have "член" and "очно" apart): where the lines right above and right below both start
 * a cell at an x inside the run, at a space that stands there (within a letter and a half, the letters taken as equally
 * wide), the run is two pieces — the words from there on that column's. Only in a row that has a cell before the run.
 */
function splitOverrunRuns(lines: Line[], pitch: number): Line[] {
  const starts = (line: Line | undefined, near: Line) =>
    line && line.page === near.page && Math.abs(line.y - near.y) <= 2.5 * pitch ? line.cells.slice(1).map((c) => c.x) : [];
  return lines.map((line, i) => {
    const above = starts(lines[i - 1], line);
    const below = starts(lines[i + 1], line);
    // Or where two of the nearest rows of cells start one (rowColumns): a row under a header of two lines, over a row whose
    // label wrapped onto lines of their own ("1-комиссия (әлеуметтік мәселелер) 4" between "Отырыстар Мониторинг" and
    // the next commission's counts "3  1  2  –  6", its label on the lines over and under them).
    // Such a column parts a run only where rows above and below agree on it, or the run is a header's (no row above), or
    // what it parts off is a count (a label run on into its count): "Іңкәр Қасымова" between rows of a roll and two lines of
    // signatures whose names happen to start at "Қасымова" stays one name.
    const shared = rowColumns(lines, i, pitch);
    const columns = [...above.filter((x) => below.some((y) => Math.abs(x - y) <= 1.5)), ...shared.filter((c) => (c.above && c.below) || c.header).map((c) => c.x)];
    const countColumns = shared.map((c) => c.x);
    // (Only a row of the table, a cell of its own before the run: a heading between two tables, "Раздел III. Общественный
    // контроль", spans their columns as one line.)
    // (Or a header's line of one run among the other lines of its row band, over rows that part it: "«За» «Против»
    // «Воздержался»" drawn as one item between "Вопрос" and "Всего / голосовало", held-out 186's Shiderty votes.)
    const alone = line.cells.length < 2;
    if (alone) columns.splice(0, columns.length, ...shared.filter((c) => c.header && !c.above).map((c) => c.x));
    if (columns.length === 0 || line.spread) return line;
    let changed = false;
    const cells = line.cells.map((cell) => {
      const pieces: Cell[] = [];
      // (A run may cross several columns: the rest after a split is looked at again — "«Против» «Воздержался»".)
      const queue = [...(cell.pieces ?? [cell])];
      for (let piece = queue.shift(); piece !== undefined; piece = queue.shift()) {
        const letters = Array.from(piece.text);
        const width = (piece.end - piece.x) / Math.max(1, letters.length);
        const inside = (c: number) => c > piece.x + 2 * width && c < piece.end - width;
        const countFrom = (c: number) => /^(?:\d{1,4}|[-–—])$/u.test(letters.slice(Math.round((c - piece.x) / width)).join('').trim());
        const x = columns.find(inside) ?? (alone ? undefined : countColumns.find((c) => inside(c) && countFrom(c)));
        if (x === undefined) {
          pieces.push(piece);
          continue;
        }
        const at = (x - piece.x) / width;
        const space = letters.findIndex((ch, k) => ch === ' ' && Math.abs(k + 1 - at) <= 1.5);
        if (space < 0) {
          pieces.push(piece);
          continue;
        }
        changed = true;
        pieces.push({ x: piece.x, end: x - width, text: letters.slice(0, space).join('') });
        queue.unshift({ x, end: piece.end, text: letters.slice(space + 1).join('') });
      }
      return pieces.length === (cell.pieces ?? [cell]).length ? cell : { ...cell, pieces };
    });
    return changed ? { ...line, cells } : line;
  });
}

/**
 * The x where two or more of the nearest rows of cells around line i (three above, three below, within four lines' pitch)
 * start a cell right of line i's first: the table's columns, each with the sides its rows stand on. A row's first cell
 * counts when it stands right of the line's own first (a row of counts whose label wrapped onto the lines over and under it
 * opens with its first count; a header over no label column opens with its first column's name). Lines of line i's own
 * row band (a header's cells over two lines) are no rows above or below it.
 */
function rowColumns(lines: Line[], i: number, pitch: number): { x: number; above: boolean; below: boolean; header: boolean }[] {
  const line = lines[i];
  const left = line.cells[0].x + 1.5;
  const band = new Set(rowBand(lines, i, pitch));
  const rows: { line: Line; above: boolean }[] = [];
  for (const step of [-1, 1]) {
    let found = 0;
    for (let j = i + step; j >= 0 && j < lines.length && found < 3; j += step) {
      if (lines[j].page !== line.page || Math.abs(lines[j].y - line.y) > 4 * pitch) break;
      if (lines[j].cells.length < 2 || band.has(lines[j])) continue;
      rows.push({ line: lines[j], above: step < 0 });
      found++;
    }
  }
  const xs = rows.map((r) => ({ above: r.above, starts: r.line.cells.filter((c) => c.x > left).map((c) => c.x) }));
  const out: { x: number; above: boolean; below: boolean; header: boolean }[] = [];
  for (const [k, row] of xs.entries()) {
    for (const x of row.starts) {
      if (out.some((o) => Math.abs(o.x - x) <= 1.5)) continue;
      const sides = xs.filter((other, m) => m !== k && other.starts.some((y) => Math.abs(x - y) <= 1.5)).map((o) => o.above);
      if (sides.length === 0) continue;
      const all = [row.above, ...sides];
      // A header: no row above, and lines of its own band (its cells over two lines, "Есеп" / "тыңдау") — a page's running
      // header over a table is a line alone.
      out.push({ x, above: all.includes(true), below: all.includes(false), header: !rows.some((r) => r.above) && band.size > 0 });
    }
  }
  return out;
}

function splitOnce(lines: Line[], pitch: number): Line[] {
  const starts = (line: Line | undefined, near: Line) =>
    line && line.page === near.page && Math.abs(line.y - near.y) <= 2.5 * pitch ? line.cells.slice(1).map((c) => c.x) : [];
  // The nearest line above and below that has cells of its own: rows of two-line cells have their
  // wrapped lines between them, and rows whose every column is as wide as its text have no gap at all.
  const nearestRow = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      if (lines[j].page !== lines[i].page || Math.abs(lines[j].y - lines[i].y) > 8 * pitch) return undefined;
      if (lines[j].cells.length > 1) return lines[j];
    }
    return undefined;
  };
  const rowStarts = (line: Line | undefined) => line?.cells.slice(1).map((c) => c.x) ?? [];
  return lines.map((line, i) => {
    // (A line whose words stand at equal gaps is a justified paragraph's unless a row band's cells stand over them: the
    // columns of a table nearby do not part it.)
    const columns = line.spread ? [] : [...starts(lines[i - 1], line), ...starts(lines[i + 1], line), ...rowStarts(nearestRow(i, -1)), ...rowStarts(nearestRow(i, 1)), ...rowColumns(lines, i, pitch).map((c) => c.x)];
    // A header's cells centred in their columns, two lines each ("Факт" / "2024 г."), start each line at another x: a
    // piece right under (or over) a cell of a line of the same row band, which the piece before it is not under, is
    // that cell's column.
    const band = rowBand(lines, i, pitch).flatMap((l) => l.cells.flatMap((c) => c.pieces ?? [c]));
    const overlaps = (p: Cell, q: Cell) => p.x < q.end - 1 && q.x < p.end - 1;
    const under = (piece: Cell, before: Cell | undefined) => before !== undefined && band.some((c) => overlaps(piece, c) && !overlaps(before, c));
    if ((columns.length === 0 && band.length === 0) || line.cells.every((c) => (c.pieces?.length ?? 1) < 2)) return line;
    const cells: Cell[] = [];
    for (const cell of line.cells) {
      for (const [k, piece] of (cell.pieces ?? [cell]).entries()) {
        const last = cells.at(-1);
        if (k > 0 && last && !columns.some((x) => Math.abs(x - piece.x) <= 1.5) && !under(piece, cell.pieces?.[k - 1])) {
          last.text = `${last.text} ${piece.text}`;
          last.end = piece.end;
          last.pieces!.push({ ...piece });
        } else {
          cells.push({ x: piece.x, end: piece.end, text: piece.text, pieces: [{ ...piece }] });
        }
      }
    }
    return { ...line, cells };
  });
}

/** The other lines of line i's row band: those chained to it by steps shorter than a line's (as mergeRowBands joins them). */
function rowBand(lines: Line[], i: number, pitch: number): Line[] {
  const band: Line[] = [];
  for (let j = i - 1; j >= 0 && lines[j].page === lines[i].page && lines[j].y - lines[j + 1].y < 0.8 * pitch; j--) band.push(lines[j]);
  for (let j = i + 1; j < lines.length && lines[j].page === lines[i].page && lines[j - 1].y - lines[j].y < 0.8 * pitch; j++) band.push(lines[j]);
  return band;
}

/**
 * The distance between two lines of one paragraph: the most common step after
 * a line that runs to the right edge (else after any line) between consecutive
 * baselines that a line of that size can take (at least
 * 0.9 of the font size, less than twice it: a wider step is paragraph spacing
 * or an empty line, a narrower one the lines of a table row centred beside
 * each other). A document of one-line paragraphs has none: single spacing then.
 */
function linePitch(pages: Line[][]): number {
  const counts = new Map<number, number>();
  // The steps after a line that runs to the text's right edge: a paragraph's wrapped lines, whatever its paragraphs' spacing.
  const wrappedCounts = new Map<number, number>();
  const sizes = new Map<number, number>();
  const ends = pages.flat().map((l) => l.cells.at(-1)!.end);
  const right = ends.length > 0 ? Math.max(...ends) : 0;
  for (const lines of pages) {
    for (let i = 0; i < lines.length; i++) {
      sizes.set(lines[i].size, (sizes.get(lines[i].size) ?? 0) + 1);
      if (i === 0) continue;
      const step = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
      const size = Math.max(lines[i - 1].size, lines[i].size);
      if (step < 0.9 * size || step >= 2 * size) continue;
      counts.set(step, (counts.get(step) ?? 0) + 1);
      const above = lines[i - 1];
      if (above.cells.length === 1 && above.cells[0].end >= (above.right ?? right) - 3 * above.size) wrappedCounts.set(step, (wrappedCounts.get(step) ?? 0) + 1);
    }
  }
  const mostCommon = (m: Map<number, number>) => [...m].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0]?.[0];
  // A document of many one-line paragraphs with space after each (a protocol's header lines, "Решили: …" after every
  // item) steps by its paragraphs more often than by its wrapped lines: the wrapped lines' step, when there are three or
  // more, is the pitch — never the paragraphs' (taken for it, every two list items or table rows closer than that would
  // be merged into one line).
  const wrapped = [...wrappedCounts.values()].reduce((a, b) => a + b, 0) >= 3 ? mostCommon(wrappedCounts) : undefined;
  return wrapped ?? mostCommon(counts) ?? doubleSpaced(pages) ?? 1.2 * (mostCommon(sizes) ?? 10);
}

/**
 * The pitch of a document set double-spaced throughout, no two lines of it a single line's step apart (held-out 36's
 * Otyrar report, a copy pasted into Word with a hard break at every line's end and printed to PDF again: every step 24.7
 * pt at 12 pt): its most common step, when it is under three font sizes and at least half the steps are it. Else (one-
 * line paragraphs far apart, a form's fields) none: single spacing is taken, as before.
 */
function doubleSpaced(pages: Line[][]): number | undefined {
  const counts = new Map<number, number>();
  let all = 0;
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const step = Math.round((lines[i - 1].y - lines[i].y) * 2) / 2;
      const size = Math.max(lines[i - 1].size, lines[i].size);
      if (step <= 0) continue;
      all++;
      if (step >= 2 * size && step < 3 * size) counts.set(step, (counts.get(step) ?? 0) + 1);
    }
  }
  const [step, n] = [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0])[0] ?? [undefined, 0];
  return step !== undefined && n >= 4 && n >= 0.5 * all ? step : undefined;
}

/** What the whole document says about its pages' text block. */
interface Page {
  /** The distance between two lines of one paragraph. */
  pitch: number;
  /** The right edge of the text: a wrapped line reaches it, or nearly. */
  right: number;
  /** The baseline of a page's first line when nothing stands above it. */
  top: number;
  /** Whether paragraphs are justified: many lines end exactly at the right edge. */
  justified: boolean;
}

/** A page's number of the pages: "Страница 1 из 3", "стр. 2 из 4", "Page 2 of 5", "3 беттің 2-беті", "2/4" alone. */
const PAGE_OF = /^(?:.*(?:страница|стр\.|page|бет)\s*\d{1,3}\s*(?:из|of|\/)\s*\d{1,3}|\d{1,3}\s*(?:беттің|парақтың)\s*\d{1,3}.*|\d{1,3}\s*\/\s*\d{1,3})\s*$/iu;

/**
 * Lines closer than a line's height belong to one table row whose cells are
 * centred vertically (a one-line cell sits between the lines of a two-line
 * one): one line again, its cells by column, each cell's lines top to bottom.
 * A cell centred across its column starts each of its lines at another x
 * ("План" over "2025 г.", "по мере" over "поступления"): a line of the band
 * whose text overlaps a cell's is that cell's next line, not a cell of its own.
 */
function mergeRowBands(lines: Line[], pitch: number): Line[] {
  const merged: Line[] = [];
  for (const line of lines) {
    const last = merged.at(-1);
    // A page's number ("Страница 1 из 3", "2/4") printed right under a table's last row is the page's footer, no line of the row
    // (under a line of text, a footer's first line, it is the footer's second: the two go as one running line).
    if (!last || last.bottom - line.y >= 0.8 * pitch || (last.cells.length >= 2 && line.cells.some((c) => PAGE_OF.test(c.text)))) {
      merged.push({ ...line, cells: line.cells.map((c) => ({ ...c })) });
      continue;
    }
    last.bottom = line.y;
    for (const cell of line.cells) {
      const same = last.cells.find((c) => Math.abs(c.x - cell.x) <= 2) ?? last.cells.find((c) => cell.x < c.end - 1 && c.x < cell.end - 1);
      if (same) {
        same.text = `${same.text} ${cell.text}`;
        same.end = Math.max(same.end, cell.end);
      } else {
        last.cells.push({ ...cell });
      }
    }
    last.cells.sort((p, q) => p.x - q.x);
  }
  return merged;
}

/**
 * Two lines each ending two cells or more with a count (a number, or a dash for none), one of them in the same column:
 * rows of their own. (A narrow table's gaps may leave a count in its label's cell: "ОС Жамбылского р-на 12 0" ends with
 * its counts, and stands no nearer the column of counts above than its label.)
 */
function countsUnderCounts(above: Line | undefined, line: Line): boolean {
  if (!above) return false;
  const counts = (l: Line) => l.cells.filter((c) => ENDS_WITH_COUNT.test(c.text));
  const [top, below] = [counts(above), counts(line)];
  return top.length >= 2 && below.length >= 2 && below.some((c) => top.some((t) => c.x < t.end + 1 && t.x < c.end + 1 && t.text.length <= 4 && c.text.length <= 4));
}
const ENDS_WITH_COUNT = /(?:^|\s)(?:\d{1,4}|[-–—])$/u;

/**
 * Running headers and footers (a page number, the protocol's title on every
 * page): the first or last line of a page, set apart from the text, that
 * stands at the same height on another page with the same words, its digits
 * aside. Left in, a page number would sit between the halves of a paragraph
 * the page broke, and be read as a line of the document.
 */
function dropRunningLines(linesByPage: Line[][], pitch: number): Line[][] {
  if (linesByPage.length < 2) return linesByPage;
  const key = (l: Line) => `${Math.round(l.y / 2)}|${l.cells.map((c) => c.text).join('\t').replace(/\d+/g, '#')}`;
  const apart = (l: Line, neighbour: Line | undefined, below: boolean) =>
    !neighbour || (below ? l.bottom - neighbour.y : neighbour.bottom - l.y) > 1.25 * pitch;
  const edges = linesByPage.map((lines) => {
    const [first, last] = [lines[0], lines.at(-1)];
    return [
      ...(first && apart(first, lines[1], true) ? [first] : []),
      ...(last && last !== first && apart(last, lines.at(-2), false) ? [last] : []),
    ];
  });
  const pagesWith = new Map<string, number>();
  for (const lines of edges) for (const k of new Set(lines.map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  return linesByPage.map((lines, i) => lines.filter((l) => !(edges[i].includes(l) && (pagesWith.get(key(l)) ?? 0) >= 2)));
}

function layOut(pages: Item[][], pageWidth: number): string {
  const pitch = linePitch(pages.map(linesOf));
  const linesByPage = dropRunningLines(pages.map((items, n) => mergeRowBands(spreadMarkColumns(splitAtColumns(linesOf(items, n), pitch), pitch), pitch)), pitch);
  const all = linesByPage.flat();
  // The right edge of the text is at least where the widest line ends, and at least as far from the
  // page's right side as the text is from its left (a document of short lines reaches neither).
  const right = Math.max(...all.map((l) => l.cells.at(-1)!.end), pageWidth - Math.min(...all.map((l) => l.cells[0].x)));
  const atRight = all.filter((l) => l.cells.length === 1 && l.cells[0].end >= right - 0.25 * l.size).length;
  const page: Page = {
    pitch,
    right,
    // (Pages after the first: the first page's letterhead may stand higher than any page's text.)
    top: Math.max(...linesByPage.slice(1).filter((l) => l.length > 0).map((l) => l[0].y)),
    // A ragged page has a line or two that happen to reach the edge; a justified one has most of its wrapped lines there.
    justified: atRight >= 3 && atRight >= 0.2 * all.length,
  };
  const out: string[] = [];
  let previous: Line | undefined;
  // `under`: the row stands right under another row (a table of two rows or more, not a line with a cell at a tab stop).
  let table: { columns: number[]; cells: string[]; rows: number; under: boolean } | undefined;
  // Whether the last line out is a table row of several lines, or of a table of several rows: no paragraph continues it.
  // (A borderless two-cell header, "Аққыстау ауылы, | 23.04.2025 ж." over "аудан … мәжіліс залы | 10.00 – 12.45", its
  // time flush with the right edge, read as a justified paragraph's line: held-out 39's Isatay protocol ran its first
  // paragraph, "Кеңес құрамы – он үш мүше …", onto the time's cell and lost the members' total.)
  let lastIsTableRow = false;
  // The last line written as it was read (not joined to another): a table row below may claim it.
  let lastPlain: { line: Line; index: number } | undefined;
  const flushTable = () => {
    if (table) out.push(table.cells.join('\t'));
    lastIsTableRow = (table?.rows ?? 0) > 1 || (table?.under ?? false) || (previous !== undefined && previous.bottom !== previous.y);
    table = undefined;
  };
  for (const [index, line] of all.entries()) {
    const samePage = previous?.page === line.page;
    const step = samePage ? previous!.bottom - line.y : page.pitch;
    // A table row's wrapped cell: the next baseline at a paragraph's line pitch, its text inside the row's
    // columns but not in the first one (a new row starts there: its number, or its name) — or, under a row of counts
    // whose label is centred beside them over three lines or more ("Қоғамдық бақылау және" / "азаматтардың өтініштері
    // жөніндегі  3  1  –  3" / "комиссия"), a line of the label's column opening in lower case: the label's end.
    const labelTail = table && line.cells.length === 1 && Math.abs(line.cells[0].x - table.columns[0]) <= 2 && /^\p{Ll}/u.test(line.cells[0].text) && isCountsRow(table.cells);
    // A row of counts under a row of counts, as many cells, is a row of its own, its label indented ("Заслушано отчетов,
    // всего  5" / " в т.ч. отделов акимата района  3"): a wrapped cell never brings a count to every column again.
    // Nor do a row's lines that each end cells with their own counts in the same columns ("ОС Байзакского р-на 14 0 0"
    // over "ОС Жамбылского р-на 12 0 0", a line per council beside one question's cell).
    const ownCounts = table && ((isCountsRow(table.cells) && line.cells.length === table.columns.length && isCountsRow(line.cells.map((c) => c.text))) || countsUnderCounts(previous, line));
    // A table drawn with pipes in a printout's fixed-pitch text ("9 | КАСЫМБЕКОВА-НУРМАГАМБЕТОВА | зал |" over "  | Д.Е.  |  |"):
    // its wrapped row's line is drawn with the pipes of its own cells, which put into the row's cells by x would stand
    // inside them ("| зал |"). Written as a line of its own, set in by a tab, it is read as a pipe table's wrapped row is.
    const pipeRow = table !== undefined && /^\|/u.test(line.cells[0].text) && table.cells.some((c) => /(?:^|\s)\|(?:\s|$)/u.test(c));
    if (table && samePage && step <= 1.25 * page.pitch && !ownCounts && !pipeRow && (labelTail || line.cells.every((c) => c.x > table!.columns[0] + 2))
      && !headsNextRow(line, all[index + 1], table.columns[0], step) && !opensTotalRow(line, step)) {
      for (const cell of line.cells) {
        const column = columnOf(table.columns, cell.x);
        table.cells[column] = table.cells[column] ? `${table.cells[column]} ${cell.text}` : cell.text;
      }
      table.rows++;
      previous = line;
      continue;
    }
    const underRow = table !== undefined && samePage && step <= 1.25 * page.pitch;
    flushTable();
    // Empty paragraphs: a gap of whole lines, or a page that starts lower than its text block's top.
    const gap = samePage ? step : previous ? page.top - line.y + page.pitch : 0;
    // (At most three: a signature at the foot of a half-empty page is not fifty empty paragraphs.)
    if (gap > 1.6 * page.pitch) {
      for (let blank = Math.min(3, Math.round(gap / page.pitch) - 1); blank > 0; blank--) out.push('');
    }
    const text = line.cells.map((c) => c.text);
    if (pipeRow) text.unshift('');
    if (line.cells.length > 1 || pipeRow) {
      table = { columns: line.cells.map((c) => c.x), cells: text, rows: 1, under: underRow };
      // A cell centred in its row starts a line above the row's first baseline (a long name over
      // three lines beside the row's number): the line just above, at the pitch, starting at one of
      // the row's columns other than the first, is that cell's first line.
      const above = lastPlain?.index === out.length - 1 && lastPlain.line.page === line.page ? lastPlain.line : undefined;
      // So is the line just above a row of counts whose label opens in lower case, in the label's column, when it ends no
      // sentence: the label's first line (the row's counts centred beside its second).
      const labelHead = above !== undefined && above.cells.length === 1 && Math.abs(above.cells[0].x - table.columns[0]) <= 2
        && out.at(-1) === above.cells[0].text && /^\p{Ll}/u.test(text[0]) && !/[.:;!?]$/u.test(above.cells[0].text) && isCountsRow(text);
      if (above && above.bottom - line.y <= 1.25 * page.pitch
        && (labelHead || above.cells.every((c) => table!.columns.some((x, i) => i > 0 && Math.abs(c.x - x) <= 2)))) {
        out.pop();
        for (const cell of above.cells) {
          const column = columnOf(table.columns, cell.x);
          table.cells[column] = `${cell.text} ${table.cells[column]}`;
        }
        table.rows++;
      } else if (above && above.bottom - line.y <= 1.25 * page.pitch && above.cells.length === 1 && pieceAt(line, above.cells[0].x) !== null) {
        // Or the first line of a cell whose column runs into the one before it on the row's baseline (held-out 55's Kordai
        // table: "3 17.04.2025 пассажирского транспорта …" one run, its body's first line "ГУ «Отдел жилищно-коммунального
        // хозяйства," above at the body's x): put before the words that stand at that x.
        const at = pieceAt(line, above.cells[0].x)!;
        out.pop();
        table.cells[at.cell] = tidy([...at.before, above.cells[0].text, ...at.from].join(' '));
        table.rows++;
      }
    } else if (previous && out.at(-1) && !lastIsTableRow && !isCountsRow(previous.cells.map((c) => c.text)) && gap <= 1.6 * page.pitch && wrapped(previous, line, page, step)) {
      // (A row of counts never wraps, whether or not its last count reaches the right edge: a table's total row
      // "Барлығы  10  6  2  12" is not the first line of the paragraph under the table, whose first words would be read
      // with its counts — "12 Мониторингтер кестесі: …".)
      // (A line of cells may have wrapped too: `Тараз қаласы` and a date pushed to the right with spaces.)
      out[out.length - 1] = joinWrapped(out.at(-1)!, text[0]);
    } else {
      out.push(text[0]);
      lastPlain = { line, index: out.length - 1 };
    }
    previous = line;
  }
  flushTable();
  return out.join('\n') + '\n';
}

/**
 * Whether `line`, a one-cell line under a table row, is the first line of a cell centred in the next row rather than
 * the row's wrapped cell: the next line opens a row in the first column, stands nearer to `line` than `line` to the row
 * above (cells are padded: a row's own lines are closer to each other than to the next row's), and has words starting
 * at `line`'s x, the column `line` belongs to. (Held-out 55's Kordai hearings: a body's three lines centred on its row's
 * number and date, the first read as the end of the body above — "…Кордайского района» ГУ «Отдел жилищно-…".)
 */
function headsNextRow(line: Line, next: Line | undefined, firstColumn: number, step: number): boolean {
  if (next === undefined || next.page !== line.page || line.cells.length !== 1 || Math.abs(next.cells[0].x - firstColumn) > 2) return false;
  return line.y - next.y < step - 0.25 * line.size && pieceAt(next, line.cells[0].x) !== null;
}

/**
 * The words of `line` that start at `x` (within 2 pt), not its first: the cell they are in, the words before them in
 * that cell and those from them on. A cell whose text is no longer its pieces' (a row band merged into it) has none.
 */
function pieceAt(line: Line, x: number): { cell: number; before: string[]; from: string[] } | null {
  for (const [i, cell] of line.cells.entries()) {
    const pieces = cell.pieces ?? [cell];
    if (tidy(pieces.map((p) => p.text).join(' ')) !== cell.text) continue;
    const k = pieces.findIndex((p, n) => (i > 0 || n > 0) && Math.abs(p.x - x) <= 2);
    if (k >= 0 && (i === 0 || k > 0)) return { cell: i, before: pieces.slice(0, k).map((p) => p.text), from: pieces.slice(k).map((p) => p.text) };
  }
  return null;
}

/**
 * Whether `line` is a table's total row under its last row, its label cell merged over the first columns ("Барлығы: 7
 * өтініш" set in from the row numbers' column, so read as in no first column): a cell that opens with a word of a total,
 * capitalised as a row's label is, after a step wider than a cell's single-spaced wrapped line (≈ 1.15 font sizes; the
 * rows' padding lies between two rows). Held-out 140's Ganyushkino register: the total row, 16.8 pt under the last
 * row's lines at 13.8 (12 pt type), went into that row's cells. (The body's pitch says nothing here: its paragraphs are
 * spaced wider than a table's cells.)
 */
function opensTotalRow(line: Line, step: number): boolean {
  return step > 1.3 * line.size && TOTAL_LABEL.test(line.cells[0].text);
}
// (Typed in capitals too: "ИТОГО (состав – 13 чел.)" under the last row, held-out 186's Shiderty attendance.)
const TOTAL_LABEL = /^(?:Итого|Всего|Барлығы|Жиыны|Жалпы|Total)(?![\p{L}])/iu;

/** A table row of counts: a label, then cells that are each a count, a share or a dash for none ("Барлығы  10  6  –  12"). */
function isCountsRow(cells: string[]): boolean {
  return cells.length >= 2 && /\p{L}/u.test(cells[0]) && cells.slice(1).every((c) => /^(?:\d[\d \u00a0]*(?:[.,]\d+)?\s*%?|[-–—×])$/u.test(c));
}

function columnOf(columns: number[], x: number): number {
  let column = 0;
  for (let i = 0; i < columns.length; i++) if (x >= columns[i] - 1) column = i;
  return column;
}

/**
 * Whether `next` continues the paragraph of `line`: it follows at the line
 * pitch, and its first word would not have fitted at the end of `line` (so
 * the page broke the line, not the author). In justified text a wrapped line
 * reaches the right edge and a paragraph's last line does not, which says it
 * outright; in ragged text a line that ends a sentence before a line that
 * starts like a new paragraph (a capital, a list number, a dash) is taken as
 * the author's break: joining two list items loses one, splitting a sentence
 * loses nothing a reader of lines needs.
 */
function wrapped(line: Line, next: Line, page: Page, step: number): boolean {
  if (step > 1.25 * page.pitch || Math.abs(line.size - next.size) > 0.5) return false;
  // A rule drawn in characters ("=====", "----+-----+----", a printout's) is a line of its own: no paragraph runs into it
  // or on from it.
  if ([line, next].some((l) => l.cells.length === 1 && RULE_LINE.test(l.cells[0].text))) return false;
  const last = line.cells.at(-1)!;
  const end = last.end;
  // A line of a text column wraps at the column's edge, not the page's.
  const right = line.right ?? page.right;
  // A panel's figure opens a line of its own ("4 – есеп тыңдау (…)" / "7 – мониторинг"); its caption wraps in lower case.
  if (line.panel && !/^\p{Ll}/u.test(next.cells[0].text)) return false;
  // (Justified lines end within a fraction of a point of each other: a quarter of the font size is room enough.)
  if (page.justified) return end >= right - 0.25 * line.size;
  const cell = next.cells[0];
  // A word broken with a hyphen at the line's end, its rest opening the next line in lower case ("нақты-" / "ланған",
  // "өткізіл-" / "ген."), is one word whether or not the rest would have fitted: a copy typed with a break at every
  // line's end (held-out 36's Otyrar report) broke it there.
  if (/\p{L}[-\u00ad]$/u.test(last.text) && /^\p{Ll}/u.test(cell.text)) return true;
  const firstWord = cell.text.split(' ')[0];
  // Average advance of a character of the next line, for the width of its first word.
  const advance = (cell.end - cell.x) / Math.max(1, cell.text.length);
  if (end + advance * (firstWord.length + 1) <= right - advance / 2) return false;
  // A full stop after one letter is an initial or an abbreviation (`Г. Сапронова`, `в г. Алматы`), not a sentence's end;
  // nor is one after an address's word cut short (`ул.` / `Нурмагамбетова, 94`, `мкр.` / `Нурсат`).
  const sentenceEnd = /[!?…:;]["»”)]*$/.test(last.text)
    || (/(\p{L}{2,}|[\d»”")])\.["»”)]*$/u.test(last.text) && !/(?<![\p{L}])(?:ул|пр|просп|пер|мкр|обл|им|корп|каб|көш|даң|шағ)\.$/iu.test(last.text));
  return !(sentenceEnd && /^(\p{Lu}|\d+[.)]|[-–—•])/u.test(cell.text));
}

const RULE_LINE = /^[-=_~*+|]{5,}$/u;

function joinWrapped(text: string, next: string): string {
  // A soft hyphen marks a word the page broke: the word is whole again.
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  // A line broken after the hyphen of a compound (`социально-` / `экономических`) or of a Kazakh case ending (`8-` / `і`).
  if (/[\p{L}\d][-\u2010]$/u.test(text) && /^\p{L}/u.test(next)) return text + next;
  return `${text} ${next}`;
}
