/** What the column reader needs of a text item: where it stands on the page, in points. */
export interface PlacedText {
  x: number;
  y: number;
  width: number;
  size: number;
  /** Its text, when known: a column of prose is words, a table's column of counts is not. */
  str?: string;
  /** The right edge of the text column the item stands in, once read as a column: where its wrapped lines end. */
  right?: number;
  /** Whether it stands in a side panel of figures (isFigurePanel): each of the panel's lines that opens with a count is a line of its own. */
  panel?: boolean;
}

/**
 * A page set in two text columns (a bulletin, a newsletter: a LibreOffice or Word section of two columns) is read
 * column by column, as its author wrote it: the left column to its foot, then the right one from its top; each item of
 * a column knows the column's right edge (`right`), where its paragraphs' lines wrap. Read line by
 * line across the page, the two columns' sentences would interleave ("…в Общественном совете<tab>Рассмотрено 52
 * проекта НПА…"). Returns the items with the right column's moved under the left one (and whatever stands below
 * the columns moved down as far), so that the page reads as one column; the items of any other page as they were.
 *
 * Two text columns, and not a table: a gutter in the middle third of the text, at least one and a half font sizes
 * wide, that no item crosses over eight baselines or more in a row; lines on both sides of it (each column's
 * paragraphs keep their own spacing, so their baselines need not meet); and on both sides lines of prose — most of them
 * a run of words at least a quarter of the text's width and, on the left, ending near the gutter (a table's cells beside
 * its numbers are neither; nor are a quarterly table's counts right of a gutter between two of its columns, "2  2  7  6":
 * cells apart, without a letter — held-out 53's Zhezkazgan report, whose quarters III–IV, total and last year's column
 * were read as a second text column under the table). Title lines across the page, above the columns, and a footer
 * below stay where they are.
 */
export function readColumnsInOrder<T extends PlacedText>(items: T[]): T[] {
  let out = items;
  // A page may have more than one band of columns between lines across it; each is read in its turn.
  for (let round = 0; round < 3; round++) {
    const band = columnBand(out);
    if (band === null) return out;
    const { top, bottom, gutter, step, panel } = band;
    const inBand = (i: T) => i.y <= top + 0.5 && i.y >= bottom - 0.5;
    const left = Math.min(...out.filter((i) => inBand(i) && i.x < gutter.from).map((i) => i.x));
    const rightStart = Math.min(...out.filter((i) => inBand(i) && i.x >= gutter.to).map((i) => i.x));
    const drop = top - bottom + step;
    const shift = rightStart - left;
    const rightEnd = Math.max(...out.filter((i) => inBand(i) && i.x >= gutter.to).map((i) => i.x + i.width)) - shift;
    const leftEnd = Math.max(...out.filter((i) => inBand(i) && i.x < gutter.from).map((i) => i.x + i.width));
    out = out.map((i) => {
      if (inBand(i) && i.x >= gutter.to) return { ...i, y: i.y - drop, x: i.x - shift, right: rightEnd, ...(panel ? { panel } : {}) };
      if (inBand(i)) return { ...i, right: leftEnd };
      if (i.y < bottom - 0.5) return { ...i, y: i.y - drop };
      return i;
    });
  }
  return out;
}

interface Band {
  top: number;
  bottom: number;
  gutter: { from: number; to: number };
  /** The step between the band's baselines (its line pitch). */
  step: number;
  /** The right side is a panel of figures beside the text, not a column of prose. */
  panel: boolean;
  /** How many baselines it spans. */
  rows: number;
}

/**
 * The narrowest gutter between two columns of prose whose left one is justified, in font sizes: LibreOffice's default
 * spacing of a section's columns is 0.5 cm, 14.2 pt — 1.42 sizes of 10 pt type, 1.29 of 11 pt (held-out 192's Zhetisu
 * bulletin: 14.3 pt at 10 pt, read across). Ragged prose beside a list or a box that close is no pair of columns
 * (held-out 31's panel of figures, a list of names beside the text): the gutter of 1.5 sizes holds for it.
 */
const PROSE_GUTTER = 1.25;

function columnBand<T extends PlacedText>(items: T[]): Band | null {
  // (The wider of the two readings of prose: a page's foot, its left lines short, may show a wide gutter over a few lines
  // where the page's columns stand a font size apart above it — held-out 91's Oskemen bulletin read its last eight lines
  // as the columns and the rest across.)
  // (Or a gutter as narrow as LibreOffice's default beside a justified left column, flush at its edge: isFlushProse.)
  const [wide, close, narrow] = [widestBand(items, 1.5, isProse), widestBand(items, 0.8, isWrappedProse), widestBand(items, PROSE_GUTTER, isFlushProse)];
  const columns = [wide, close, narrow].reduce<Band | null>((best, b) => (b && (!best || b.rows > best.rows) ? b : best), null);
  if (columns) return columns;
  const panel = widestBand(items, 0.5, isFigurePanel);
  return panel && { ...panel, panel: true };
}

/**
 * The band of most baselines (eight at least) beside a gutter in the middle third of the text, `gap` font sizes wide at
 * least, whose two sides `sides` accepts.
 */
function widestBand<T extends PlacedText>(items: T[], gap: number, sides: (rows: T[][], gutter: { from: number; to: number }, width: number, size: number) => boolean): Band | null {
  if (items.length === 0) return null;
  const rows = baselines(items);
  const textLeft = Math.min(...items.map((i) => i.x));
  const textRight = Math.max(...items.map((i) => i.x + i.width));
  const width = textRight - textLeft;
  const size = median(items.map((i) => i.size));
  if (width <= 0) return null;
  const middle = { from: textLeft + width / 3, to: textLeft + (2 * width) / 3 };
  let best: Band | null = null;
  let bestRows = 0;
  for (let start = 0; start < rows.length; start++) {
    let free = [middle];
    let end = start - 1;
    for (let k = start; k < rows.length; k++) {
      const next = subtract(free, rows[k].map((i) => ({ from: i.x, to: i.x + i.width })));
      if (!next.some((g) => g.to - g.from >= gap * size)) break;
      free = next;
      end = k;
    }
    const count = end - start + 1;
    if (count < 8 || count <= bestRows) continue;
    const gutter = free.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
    if (gutter.to - gutter.from < gap * size || !sides(rows.slice(start, end + 1), gutter, width, size)) continue;
    if (isTranslationTable(rows.slice(start, end + 1), gutter)) continue;
    const ys = rows.slice(start, end + 1).map((r) => r[0].y);
    const steps = ys.slice(1).map((y, k) => ys[k] - y);
    best = { top: ys[0], bottom: ys[ys.length - 1], gutter, step: median(steps), panel: false, rows: count };
    bestRows = count;
  }
  return best;
}

/** Whether the rows beside the gutter are two columns of prose: lines on both sides, long ones, the left ones reaching the gutter. */
function isProse<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }, width: number, size: number, needFlush = false): boolean {
  const sides = sidesOf(rows, gutter);
  const long = (pick: (s: { left: T[]; right: T[] }) => T[]) => sides.filter((s) => proseRun(pick(s), size) >= width / 4).length;
  const reachGutter = sides.filter((s) => s.left.length > 0 && Math.max(...s.left.map((i) => i.x + i.width)) >= gutter.from - 2 * size).length;
  const withLeft = sides.filter((s) => s.left.length > 0).length;
  const withRight = sides.filter((s) => s.right.length > 0).length;
  // Each column's paragraphs keep their own spacing: the two sides need not share their baselines, only both be there.
  if (withLeft < Math.max(4, 0.3 * rows.length) || withRight < Math.max(4, 0.3 * rows.length)) return false;
  // A justified left column ends its wrapped lines flush at its edge, the gutter's side, whatever its short lines (a list of
  // names, one a line) leave: a quarter of its lines there, to the point, is a column's edge — a table's cells of words end
  // where their words do (held-out 192's Zhetisu bulletin: 15 of 49 lines at 294.5 ± 0.3, beside its numbered list).
  const ends = sides.filter((s) => s.left.length > 0).map((s) => Math.max(...s.left.map((i) => i.x + i.width)));
  const edge = Math.max(...ends);
  const flush = edge >= gutter.from - 2 * size && ends.filter((e) => e >= edge - 1).length >= Math.max(6, 0.25 * withLeft);
  return long((s) => s.left) >= 0.6 * withLeft && long((s) => s.right) >= 0.6 * withRight && (needFlush ? flush : reachGutter >= 0.5 * withLeft);
}

/** Two columns of prose, the left one justified: its lines flush at its edge (a quarter of them or more), by the gutter. */
function isFlushProse<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }, width: number, size: number): boolean {
  return isProse(rows, gutter, width, size, true);
}

/**
 * Whether the rows beside the gutter are a table of a text and its translation, a paragraph and its translation on each
 * row (a bilingual bulletin's borderless two-cell table: Kazakh left, Russian right): most rows hold words on both sides,
 * and most of those with its own letters on one side only, the same side each time. Such a page is read across, a row at a
 * time, as its author set it: the readers of bilingual text pair each paragraph with its translation (languageColumns).
 * Read as two columns, all the Kazakh came before all the Russian, and a vote's two tellings stood apart as two votes
 * (held-out 192's West Kazakhstan bulletin: seven votes for five). Two columns of one language, or a list of the same names
 * on both sides, are no such table.
 */
function isTranslationTable<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }): boolean {
  const sides = sidesOf(rows, gutter).map((s) => [s.left, s.right].map((side) => side.map((i) => i.str ?? '').join(' ')));
  const words = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length;
  const filled = sides.filter(([l, r]) => words(l) + words(r) > 0);
  const both = filled.filter(([l, r]) => words(l) >= 2 && words(r) >= 2);
  if (both.length < Math.max(4, 0.7 * filled.length)) return false;
  const kazakhOn = (side: 0 | 1) => both.filter((cells) => KAZAKH_LETTER.test(cells[side]) && !KAZAKH_LETTER.test(cells[1 - side])).length;
  return Math.max(kazakhOn(0), kazakhOn(1)) >= 0.6 * both.length;
}

/** A letter of Kazakh's own, which Russian text never has. */
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;

/** Each row's items left of the gutter and right of it. */
function sidesOf<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }): { left: T[]; right: T[] }[] {
  return rows.map((r) => ({ left: r.filter((i) => i.x + i.width <= gutter.from), right: r.filter((i) => i.x >= gutter.to) }));
}

/**
 * Two columns of ragged prose set close (a gutter of a font size, as a LibreOffice section of two columns leaves it):
 * both sides run sentences on from line to line — a quarter of each side's lines or more open in lower case, a
 * paragraph's wrapped line, as a list of names beside another never does ("1. Байжігітов С.Ә. – іссапар" / "(Қызылорда
 * қ.)") — most of their lines are long runs of words, and the left one's lines end near the gutter, within a word's
 * length of it (ragged, not justified, they stop where the next word would not fit).
 */
function isWrappedProse<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }, width: number, size: number): boolean {
  const sides = sidesOf(rows, gutter);
  const opening = (side: T[]) => [...side].sort((p, q) => p.x - q.x)[0]?.str ?? '';
  for (const pick of [(s: { left: T[]; right: T[] }) => s.left, (s: { left: T[]; right: T[] }) => s.right]) {
    const lines = sides.map(pick).filter((side) => side.length > 0);
    if (lines.length < Math.max(8, 0.3 * rows.length)) return false;
    if (lines.filter((side) => /^\p{Ll}/u.test(opening(side))).length < 0.25 * lines.length) return false;
    if (lines.filter((side) => proseRun(side, size) >= width / 4).length < 0.5 * lines.length) return false;
  }
  const left = sides.filter((s) => s.left.length > 0);
  return left.filter((s) => Math.max(...s.left.map((i) => i.x + i.width)) >= gutter.from - 5 * size).length >= 0.5 * left.length;
}

/**
 * Whether the rows beside the gutter are prose on the left and, on the right, a boxed side panel of figures: a report's
 * "В ЦИФРАХ" / "САНДАРМЕН" box, each line a count and its caption ("21 – кеңес мүшесi", "15 / 6 – азаматтық қоғам /
 * мемлекеттiк", "12 300 – Instagram қаралымы"), all its lines flush at the box's edge. A box is set close to the text
 * (a narrow gutter, under a font size and a half): read line by line across, its counts fell into the sentences beside
 * them ("жұмыспен қамту<tab>орган 4 – комиссия"). Read after the text, each of its lines is a line of its own. A list
 * of names beside another ("1. Байжігітов С.Ә. – іссапар") is no such box: its lines open with an item's number.
 */
function isFigurePanel<T extends PlacedText>(rows: T[][], gutter: { from: number; to: number }, width: number, size: number): boolean {
  const sides = sidesOf(rows, gutter);
  const left = sides.filter((s) => s.left.length > 0);
  const right = sides.filter((s) => s.right.length > 0).map((s) => [...s.right].sort((p, q) => p.x - q.x));
  if (left.length < Math.max(4, 0.3 * rows.length) || right.length < Math.max(6, 0.3 * rows.length)) return false;
  if (left.filter((s) => proseRun(s.left, size) >= width / 3).length < 0.6 * left.length) return false;
  // The box's lines start at its edge (a line indented under its heading, "8 – келiсiлдi" under "10 – НҚА жобасы", a little in).
  const edge = Math.min(...right.map((r) => r[0].x));
  if (right.some((r) => r[0].x - edge > 1.5 * size)) return false;
  const counted = right.filter((r) => FIGURE_LINE.test(r.map((i) => i.str ?? '').join(' '))).length;
  return counted >= 0.5 * right.length;
}

/** A panel's line: a count (or two, "15 / 6"), a dash, its caption's word. */
const FIGURE_LINE = /^\s*\d[\d \u00a0]*(?:\s*\/\s*\d[\d \u00a0]*)?\s*[–—-]\s*\p{L}/u;

/**
 * The width of a side's longest run of words: items closer than a cell's gap (a font size and a half), one of them with
 * a letter when their text is known. A table row's cells stand apart and its counts have no letter.
 */
function proseRun<T extends PlacedText>(side: T[], size: number): number {
  const sorted = [...side].sort((p, q) => p.x - q.x);
  let best = 0;
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1].x - (sorted[end].x + sorted[end].width) <= 1.5 * size) end++;
    const run = sorted.slice(start, end + 1);
    const words = run.some((i) => i.str === undefined || /\p{L}/u.test(i.str));
    if (words) best = Math.max(best, Math.max(...run.map((i) => i.x + i.width)) - run[0].x);
    start = end + 1;
  }
  return best;
}

/** The page's items by baseline, top to bottom (a superscript a little off its line stays on it). */
function baselines<T extends PlacedText>(items: T[]): T[][] {
  const sorted = [...items].sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: T[][] = [];
  for (const item of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0].y - item.y) <= 0.35 * Math.max(row[0].size, item.size)) row.push(item);
    else rows.push([item]);
  }
  return rows;
}

/** The free intervals left once the covered ones are taken out. */
function subtract(free: { from: number; to: number }[], covered: { from: number; to: number }[]): { from: number; to: number }[] {
  let out = free;
  for (const c of covered) {
    out = out.flatMap((f) => (c.to <= f.from || c.from >= f.to ? [f] : [
      ...(c.from > f.from ? [{ from: f.from, to: c.from }] : []),
      ...(c.to < f.to ? [{ from: c.to, to: f.to }] : []),
    ]));
  }
  return out;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
