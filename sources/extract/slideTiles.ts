/**
 * A slide's tiles in a grid, as a deck exported to text or a slide pasted into a protocol gives them: a row of big
 * numbers, each under the next in its column, and the captions under them on the next lines, column by column, a
 * caption wrapping over two lines or three:
 *
 *      19                   14                        5                         4
 *      мүше                 азаматтық қоғам өкілі     мемлекеттік орган өкілі   тұрақты комиссия
 *
 * or drawn as boxes ("| 21   | 17   | 4    |" over "| Кеңес мүшесі / | қатысты /  | оның ішінде онлайн / |", rows
 * apart by "+-----+-----+"). The number and its noun are on different lines and a line holds several of each, so no
 * reader of a line pairs them; a reader of "19 14 5 4" takes the wrong ones. Each row of tiles is written on its
 * numbers' line as the line of labelled values it stands for: "мүше – 19; азаматтық қоғам өкілі – 14; мемлекеттік
 * орган өкілі – 5; тұрақты комиссия – 4." (the label before its value, the order a form's line and a slide's legend
 * use, which the readers know), its caption lines blanked.
 *
 * The n-th number goes with the caption standing in the n-th column: a caption's piece belongs to the column whose
 * number starts where it starts (two characters' play). A row is read only when every column has its caption and every
 * piece of caption lies in a column: anything else (a table's row of counts, a sentence under the numbers) is no tile
 * row and stays as it was. A bracket in a caption naming another year or period ("(2025 ж. III тоқсанда – 5)") is
 * another period's count, not the tile's: left out. A tile of a change alone ("▲ 3" / "өткен отырыспен салыстырғанда")
 * is no count: left out of its row.
 */
export function readTileGrids(lines: string[]): string[] {
  return readBoxedTiles(readSpacedTiles(lines));
}

/**
 * A PDF's tile row, its cells set apart by tabs: the numbers' line, then (after a blank line at most) the captions' line
 * with as many cells, the n-th caption under the n-th number (set 188's Turgen protocol, a deck's "Кворум" slide):
 *
 *      15<tab>12<tab>2<tab>3
 *      членов Совета по составу<tab>участвуют в заседании<tab>из них онлайн (ZOOM)<tab>отсутствуют
 *
 * written as the labelled values on the numbers' line, the captions' line blanked. Only counts in every cell of the first
 * line (two at least) and words opening every cell of the other: a table's row of counts under its header, or over a
 * row of other counts, is no tile row. A protocol's reader: a report's card readers read such a row as it stands (readCardGrids).
 */
export function readTabbedTiles(lines: string[]): string[] {
  const out = [...lines];
  const cells = (line: string) => line.trim().split(/\t+/u).map((c) => c.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!/\t/u.test(lines[i])) continue;
    const numbers = cells(lines[i]);
    if (numbers.length < 2 || !numbers.every((c) => COUNT.test(c)) || numbers.some((c) => /^(?:19|20)\d{2}$/u.test(c))) continue;
    const k = (lines[i + 1] ?? '').trim() === '' ? i + 2 : i + 1;
    const captions = cells(lines[k] ?? '');
    if (captions.length !== numbers.length || !captions.every((c) => /^[\p{L}(«"]/u.test(c) && c.length <= 80)) continue;
    // A header above the numbers (a table's) makes them a table's row.
    if (i > 0 && /\t/u.test(lines[i - 1]) && cells(lines[i - 1]).length === numbers.length) continue;
    out[i] = labelledRow(numbers.map((text) => ({ start: 0, text })), captions.map((c) => [c]));
    out[k] = '';
    i = k;
  }
  return out;
}

/** A number's cell: a count ("19", "1 240" is no tile's; tiles show short counts). */
const COUNT = /^\d{1,4}$/u;
/** Two spaces or more, a tab, or a box's bar: what sets a grid's cells apart. */
const GAP = /\s{2,}|\t/u;
/** Play allowed between a number's column and its caption's start. */
const PLAY = 2;
/** A bracket naming another year or period: "(2025 ж. III тоқсанда – 5)", "(в 2025 г. – 8)". */
const OTHER_PERIOD = /\s*\([^()]*(?:(?:19|20)\d{2}|өткен|прошл|былтыр)[^()]*\)/giu;

interface Cell {
  start: number;
  text: string;
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  const re = /\S+(?: \S+)*/gu;
  for (let m = re.exec(line); m !== null; m = re.exec(line)) cells.push({ start: m.index, text: m[0] });
  return cells;
}

/** A tile that shows no count: a dash with no legend ("Публичные слушания" over "—") states nothing, set 157. */
const NO_VALUE = /^[—–-]$/u;

function isNumberRow(line: string): Cell[] | null {
  if (/\t/u.test(line)) return null;
  const cells = cellsOf(line);
  const counts = cells.filter((c) => COUNT.test(c.text));
  return counts.length >= 2 && cells.every((c) => COUNT.test(c.text) || NO_VALUE.test(c.text)) && !cells.some((c) => /^(?:19|20)\d{2}$/u.test(c.text)) ? cells : null;
}

/**
 * The column of the numbers' row a caption's piece stands in: the number that starts where it starts (two characters'
 * play), or one set in the middle of the piece's width (a dashboard centres its big number over a caption wider than it:
 * "      12" over "   МОНИТОРИНГ", set 157); -1 for none.
 */
function columnOf(numbers: Cell[], piece: Cell): number {
  const starts = numbers.findIndex((n) => Math.abs(n.start - piece.start) <= PLAY);
  if (starts >= 0) return starts;
  const within = numbers.flatMap((n, j) => (n.start > piece.start && n.start + n.text.length <= piece.start + piece.text.length ? [j] : []));
  return within.length === 1 ? within[0] : -1;
}

/** The caption lines' pieces by the numbers' columns, or null when a line is no caption's (a piece in no column, a count). */
function captionPieces(numbers: Cell[], line: string): { column: number; text: string }[] | null {
  if (line.trim() === '' || isNumberRow(line) !== null || /\t/u.test(line)) return null;
  const cells = cellsOf(line);
  const columns = cells.map((c) => columnOf(numbers, c));
  if (columns.some((j) => j < 0) || cells.some((c) => !/^[\p{L}(«"]/u.test(c.text)) || new Set(columns).size !== columns.length) return null;
  return cells.map((c, n) => ({ column: columns[n], text: c.text }));
}

/** The row written as its labelled values, a dash's tile left out: "Круглые столы – 1; Семинары – 1." */
function labelledRow(numbers: Cell[], captions: string[][]): string {
  const labels = captions.map((c) => c.join(' ').replace(OTHER_PERIOD, '').replace(/[\s.,;:]+$/u, ''));
  return `${labels.flatMap((label, j) => (NO_VALUE.test(numbers[j].text) ? [] : [`${label} – ${numbers[j].text}`])).join('; ')}.`;
}

function readSpacedTiles(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const numbers = isNumberRow(lines[i]);
    if (numbers === null) continue;
    const captions: string[][] = numbers.map(() => []);
    const used: number[] = [];
    for (let k = i + 1; k < lines.length && k <= i + 4; k++) {
      // A line whose pieces do not all stand in the numbers' columns, or one opening with a count, is no caption's.
      const pieces = captionPieces(numbers, lines[k]);
      if (pieces === null) break;
      for (const p of pieces) captions[p.column].push(p.text);
      used.push(k);
    }
    // The first caption line names every column: a row whose first line leaves a column empty is not understood.
    if (used.length > 0 && cellsOf(lines[used[0]]).length === numbers.length) {
      out[i] = labelledRow(numbers, captions);
      for (const k of used) out[k] = '';
      i = used[used.length - 1];
      continue;
    }
    // A dashboard's scorecards put the caption OVER its number ("Члены Совета        Общественность" over "11
    // 8", set 157): one line of captions right above, naming every column, after a blank line, a heading or the top.
    const above = out[i - 1] ?? '';
    const pieces = captionPieces(numbers, above);
    const before = lines[i - 2];
    if (pieces === null || pieces.length !== numbers.length || (before !== undefined && before.trim() !== '' && !HEADING.test(before.replace(/[=#*]/gu, '').trim()))) continue;
    out[i] = labelledRow(numbers, numbers.map((_, j) => [pieces.find((p) => p.column === j)!.text]));
    out[i - 1] = '';
  }
  return out;
}

/** A box's border: "+-----+-----+", "├─────┼─────┤". */
const BORDER = /^\s*[+├┌└╠╔╚|]?[-─═=+┼┬┴╪╬]{3,}[+┤┐┘╣╗╝|]?\s*$/u;
/** A box's row of cells: "| 21   | 17   |", "│ … │". */
const BOXED = /^\s*[|│║].*[|│║]\s*$/u;

function readBoxedTiles(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!BORDER.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && BOXED.test(lines[end])) end++;
    if (end === i + 1 || !BORDER.test(lines[end] ?? '')) continue;
    const rows = lines.slice(i + 1, end).map((l) => l.trim().replace(/^[|│║]|[|│║]$/gu, '').split(/[|│║]/u).map((c) => c.trim()));
    const width = rows[0].length;
    if (width < 2 || !rows.every((r) => r.length === width)) continue;
    const tiles = rows[0].map((_, j) => rows.map((r) => r[j]).filter((c) => c !== ''));
    // A box of tiles: each cell a count on its first line and words under it; a change's tile ("▲ 3") is left out.
    const read = tiles.map((t) => (t.length >= 2 && COUNT.test(t[0]) && t.slice(1).every((c) => /^[\p{L}(«"]/u.test(c)) ? `${t.slice(1).join(' ').replace(/\s*\/\s*$/u, '').replace(/\/\s+(?=\S)/gu, '/ ').replace(OTHER_PERIOD, '')} – ${t[0]}` : null));
    const change = (t: string[]) => t.length >= 1 && /^[▲▼△▽↑↓]/u.test(t[0]);
    if (!tiles.every((t, j) => read[j] !== null || change(t))) continue;
    out[i + 1] = `${read.filter((r) => r !== null).join('; ')}.`;
    for (let k = i + 2; k < end; k++) out[k] = '';
    i = end - 1;
  }
  return out;
}

/**
 * A report's infographic drawn as boxes with the caption OVER its value (a box-drawn grid read as pipes by boxTables):
 *
 *      |  КЕҢЕС ОТЫРЫСТАРЫ      |  КОМИССИЯ ОТЫРЫСТАРЫ   |
 *      |  1 → 2                 |  3 → 5                 |
 *      |------------------------|------------------------|
 *      |  ӨТІНІШТЕР             |  ЖАРИЯЛАНЫМДАР         |
 *      |  7 → 11   ▲ 57 %       |  19 → 27               |
 *      |  жеке – 9 · заңды – 2  |  сайт 7 · Instagram 12 |
 *
 * Each band of boxes between rules is written on its first line as the labelled values it stands for ("КЕҢЕС
 * ОТЫРЫСТАРЫ – 2; КОМИССИЯ ОТЫРЫСТАРЫ – 5."), its value line blanked; the lines under the values (each box's notes)
 * stay. A value "1 → 2" is a before / after pair: its right side is the period's only where the document tells the
 * arrow's legend ("Оқу тәртібі: «II тоқсан → III тоқсан»", "было → стало", "2024 → 2025": arrowLegend), else the band
 * is not understood and stays as it was; a change beside the value ("▲ 57 %") is none of it. Set 157.
 */
export function readCaptionBoxes(lines: string[]): string[] {
  const out = [...lines];
  const legend = lines.some((l) => ARROW_LEGEND.test(l));
  for (let i = 0; i < lines.length; i++) {
    if (!BOXED.test(lines[i]) || RULE_ROW.test(lines[i])) continue;
    let end = i;
    while (end + 1 < lines.length && BOXED.test(lines[end + 1]) && !RULE_ROW.test(lines[end + 1])) end++;
    const rows = lines.slice(i, end + 1).map((l) => l.trim().replace(/^[|│║]|[|│║]$/gu, '').split(/[|│║]/u).map((c) => c.trim()));
    const width = rows[0].length;
    if (width >= 2 && rows.length >= 2 && rows.every((r) => r.length === width)) {
      const values = rows[1].map((cell) => boxValue(cell, legend));
      const captions = rows[0];
      if (values.every((v) => v !== null) && captions.every((c) => /^\p{L}/u.test(c) && !/\d/u.test(c))) {
        out[i] = `${captions.map((c, j) => `${c.replace(OTHER_PERIOD, '')} – ${values[j]}`).join('; ')}.`;
        out[i + 1] = '';
        // The boxes' notes under their values, read across the band they are cells of no row: each box's written on a line
        // of its own after its caption ("ӨТІНІШТЕР: жеке – 9 · заңды – 2 · жауап берілді – 10"), when the band has a line
        // for each box; else they stay as they were.
        const notes = captions.map((c, j) => ({ caption: c, text: rows.slice(2).map((r) => r[j]).filter((n) => n !== '').map((n) => n.replace(/\s*·\s*$/u, '')).join(' · ') })).filter((n) => n.text !== '');
        if (notes.length > 0 && notes.length <= rows.length - 2) {
          for (let k = i + 2; k <= end; k++) out[k] = '';
          notes.forEach((n, k) => (out[i + 2 + k] = `${n.caption}: ${n.text}`));
        }
      }
    }
    i = end;
  }
  return out;
}

/** A rule between bands of boxes, as boxTables writes it: "|-----|-----|". */
const RULE_ROW = /^\s*\|[-|\s]+\|\s*$/u;
/**
 * The legend of a before / after arrow: two periods or "было → стало" either side of it ("II тоқсан → III тоқсан", "II кв. →
 * III кв.", "2024 → 2025", "бұрын → қазір").
 */
const ARROW_LEGEND = /(?:тоқсан|квартал|кв\.|жыл|год|было|бұрын|(?<!\d)(?:19|20)\d{2})[\s»"]*→[\s«"]*(?:[IVXІ]{1,4}\s+)?(?:тоқсан|квартал|кв\.|жыл|год|стало|қазір|(?:19|20)\d{2}(?!\d))/iu;
/** A box's value: a count, or a before / after pair ("7 → 11"), a change after it ("▲ 57 %") no part of it. */
const BOX_VALUE = /^(\d{1,4})(?:\s*→\s*(\d{1,4}))?(?:\s+[▲▼△▽↑↓][^|]*)?$/u;

/** The period's count a box states, or null: a pair's right side only where the arrow's legend is told. */
function boxValue(cell: string, legend: boolean): string | null {
  const m = BOX_VALUE.exec(cell);
  if (m === null) return null;
  if (m[2] === undefined) return m[1];
  return legend ? m[2] : null;
}

/**
 * Tiles one under another with the caption ABOVE its big number, as a Canva or a slide export gives them when the
 * caption is set over the number:
 *
 *      Кеңес мүшелерінің саны (30.09.2026 жағдай бойынша)
 *      15
 *
 *      Меморандумдар
 *      1  («Жезқазған жастар ресурстық орталығымен», 14.04.2026)
 *
 * Each is written on its caption's line as the labelled value it stands for ("Меморандумдар – 1 («…», 14.04.2026)"), its
 * number's line blanked; lines after the number (a breakdown "оның ішінде: …", "Instagram – 45 · …") stay as they are.
 * A tile: a line of words alone after a blank line, a heading or the top (no stop, no colon at its end, no count at its
 * start, no heading in capitals itself), the number right under it, and after the number a blank line, the end, or a line that is no number. Only three
 * tiles or more make the layout: one caption over one number may be a form's label over its value, read elsewhere.
 * A number with the caption UNDER it (cardColumn's layout) has a blank line or nothing above its caption and a blank line
 * under its number's caption pair the other way round: "21" / "Кеңес мүшесі" / "" / "16" never has a caption right
 * above a number, so it is left to cardColumn.
 */
export function readCaptionsOverNumbers(lines: string[]): string[] {
  const tiles: { caption: number; number: number; value: string; note: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = NUMBER_LINE.exec(lines[i]);
    // A Word table's cells, one a line after a tab ("\tеңбек демалысында" / "\t12"), are the table's, never a tile.
    if (m === null || /^\t/u.test(lines[i]) || /^\t/u.test(lines[i - 1])) continue;
    const caption = lines[i - 1];
    const before = lines[i - 2];
    if (!TILE_CAPTION.test(caption) || NUMBER_LINE.test(caption) || HEADING.test(caption)) continue;
    if (before !== undefined && before.trim() !== '' && !HEADING.test(before)) continue;
    const after = lines[i + 1];
    if (after !== undefined && after.trim() !== '' && NUMBER_LINE.test(after)) continue;
    // A caption under the number with a blank line after it ("2" / "төралқа отырысы" / ""): the number may be that
    // caption's, the layout of cardColumn; which one is not told, so neither is read here.
    if (after !== undefined && TILE_CAPTION.test(after) && (lines[i + 2] ?? '').trim() === '') continue;
    tiles.push({ caption: i - 1, number: i, value: m[1], note: (m[2] ?? '').trim() });
  }
  if (tiles.length < 3) return lines;
  const out = [...lines];
  for (const t of tiles) {
    out[t.caption] = `${lines[t.caption].trim().replace(/[\s,;]+$/u, '')} – ${t.value}${t.note === '' ? '' : ` ${t.note}`}`;
    out[t.number] = '';
  }
  return out;
}

/** A big number alone on its line, a bracketed note after it at most: "15", "1  («…», 14.04.2026)". */
const NUMBER_LINE = /^\s*(\d{1,4})(\s+\([^()]*(?:\([^()]*\)[^()]*)*\))?\s*$/u;
/** A caption: words, at most 120 characters, no stop, colon or dash at its end, opening with a letter. */
const TILE_CAPTION = /^\s*\p{L}[^\n]{0,119}(?<![.:;!?–—-])\s*$/u;
/** A heading in capitals over a slide's tiles ("ОТЫРЫСТАР", "АЗАМАТТАРДЫҢ ӨТІНІШТЕРІ"). */
const HEADING = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * A Word table of tiles, as the document's text gives it one cell a line (a tab before each): a row of numbers' cells
 * ("\t13", "\t10", "\t3", a change after one taken off by slideMarks), then the row of their captions' cells ("\tчленов
 * Совета на 30.09.2026", …), then the next row of numbers, and so on; a row of pictures' cells left empty by slideMarks
 * may close it. The n-th caption goes with the n-th number; each pair of rows is written on its first cell's line as
 * the labelled values it stands for ("членов Совета на 30.09.2026 – 13; представителей НПО … – 10; …"), the other cells
 * blanked. Only when every row of numbers has as many captions after it, two numbers a row at least and two rows of
 * tiles at least (or one of three numbers or more): a table of a number per row ("\t1" / "\tСәрсенбаев Е.Қ." /
 * "\tқатысты") has one number and two words a row, no tile's. Anything else is left as it was.
 *
 * A cell's further paragraphs follow it without a tab ("\tЧЛЕНОВ СОВЕТА" / "состав без изменений", "\tЗАСЕДАНИЙ СОВЕТА" /
 * "▲ 1"): the cell's notes, the table going on after them to its blank line; they stay where they stand. A tile of two
 * counts ("10 | 3", "3 / 3", "7 → 5") goes with a caption of as many parts set apart by the same mark ("ОБЩЕСТВЕННОСТЬ |
 * ГОСОРГАНЫ", "НПА РАССМОТРЕНО / ОДОБРЕНО", "ПИСЕМ НАПРАВЛЕНО → ОТВЕТОВ ПОЛУЧЕНО"): each count its part's (set 157; a
 * pair over a caption of one part is no tile here).
 */
export function readTileCells(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    if (!CELL.test(lines[i])) continue;
    const cells: number[] = [];
    let end = i;
    for (; end < lines.length && lines[end].trim() !== ''; end++) if (CELL.test(lines[end])) cells.push(end);
    const rows = tileRows(cells.map((k) => lines[k].trim()));
    if (rows !== null) {
      let at = 0;
      for (const row of rows) {
        out[cells[at]] = `${row.captions.flatMap((c, j) => labelledPair(row.numbers[j], c)).join('; ')}.`;
        for (let k = at + 1; k < at + row.size; k++) out[cells[k]] = '';
        at += row.size;
      }
      for (let k = at; k < cells.length; k++) out[cells[k]] = '';
    }
    i = end;
  }
  return out;
}

/** A Word table's cell on its line: a tab, then its text (or nothing). */
const CELL = /^\t/u;
/** A tile's two counts and the mark between them: "10 | 3", "3 / 3", "7 → 5". */
const PAIR = /^(\d{1,4})\s*([|/→])\s*(\d{1,4})$/u;

const isTileCount = (cell: string) => COUNT.test(cell) || PAIR.test(cell);

/** A tile's labelled values: "ЧЛЕНОВ СОВЕТА – 13", or a pair's two ("ОБЩЕСТВЕННОСТЬ – 10", "ГОСОРГАНЫ – 3"); null for a pair its caption does not part. */
function labelledPair(count: string, caption: string): string[] {
  const label = (c: string) => c.replace(/[\s.,;:]+$/u, '').replace(OTHER_PERIOD, '').trim();
  const pair = PAIR.exec(count);
  if (pair === null) return [`${label(caption)} – ${count}`];
  const parts = caption.split(pair[2]);
  return parts.length === 2 && parts.every((p) => /\p{L}/u.test(p)) ? [`${label(parts[0])} – ${pair[1]}`, `${label(parts[1])} – ${pair[3]}`] : [];
}

function tileRows(cells: string[]): { numbers: string[]; captions: string[]; size: number }[] | null {
  const rows: { numbers: string[]; captions: string[]; size: number }[] = [];
  let k = 0;
  while (k < cells.length && isTileCount(cells[k])) {
    const numbers: string[] = [];
    while (k < cells.length && isTileCount(cells[k])) numbers.push(cells[k++]);
    const captions = cells.slice(k, k + numbers.length);
    if (numbers.length < 2 || captions.length !== numbers.length || !captions.every((c) => /^[\p{L}(«"]/u.test(c))) return null;
    if (numbers.some((n, j) => labelledPair(n, captions[j]).length === 0)) return null;
    k += numbers.length;
    rows.push({ numbers, captions, size: numbers.length * 2 });
  }
  // What is left after the tiles: nothing, or a row of empty cells (the pictures).
  if (rows.length === 0 || !cells.slice(k).every((c) => c === '')) return null;
  if (rows.length === 1 && rows[0].numbers.length < 3) return null;
  return rows;
}

/**
 * A slide's tiles pasted into a protocol one under another, each big number over its caption (alt text above each
 * blanked by slideMarks):
 *
 *      17
 *      членов Совета по составу
 *
 *      13
 *      присутствуют на заседании
 *
 * Each is written on its caption's line as the labelled value it stands for ("членов Совета по составу – 17",
 * "присутствуют на заседании – 13"), the form the readers of a protocol's stated counts know; the number's line
 * blanked. Only a run of three tiles or more, apart by blank lines and nothing else: one number over a line of words is
 * a list's or a table's, and a line under a tile that is no caption (a sentence with its stop) ends the run. A report's
 * cards keep their reader (cardColumn).
 */
export function readNumbersOverCaptions(lines: string[]): string[] {
  const out = [...lines];
  let run: { at: number; value: string }[] = [];
  const close = () => {
    if (run.length >= 3) {
      for (const t of run) {
        out[t.at + 1] = `${lines[t.at + 1].trim().replace(/[\s,;]+$/u, '')} – ${t.value}`;
        out[t.at] = '';
      }
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(\d{1,4})\s*$/u.exec(lines[i]);
    const caption = lines[i + 1] ?? '';
    if (m !== null && !/^\t/u.test(lines[i]) && !/^\t/u.test(caption) && TILE_CAPTION.test(caption) && caption.trim().length <= 80 && !HEADING.test(caption)) {
      // Tiles of one run stand apart by blank lines only.
      const last = run[run.length - 1];
      if (last !== undefined && lines.slice(last.at + 2, i).some((l) => l.trim() !== '')) close();
      run.push({ at: i, value: m[1] });
      i++;
      continue;
    }
    if (lines[i].trim() !== '') close();
  }
  close();
  return out;
}
