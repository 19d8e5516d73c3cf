/**
 * How wide a text is drawn in the workbook font (Arial; Liberation Sans where Arial is missing,
 * same metrics) and how many lines it takes in a column of a given width — so writeWorkbook can
 * put each row's height in the file. LibreOffice does not grow a row to fit wrapped text when it
 * opens an .xlsx: a row without its height prints its second line over the next row's text.
 *
 * Errs on the wide side everywhere: a character the table does not know counts as a full em
 * (CJK, emoji, a letter the font lacks and a fallback font draws), and every width is taken 5%
 * wider than the font's, for the whole-pixel rounding of Excel's screen and the fonts a reader's
 * machine substitutes. A row a little too tall prints white space; one too short prints words
 * over words.
 */
import { BOLD_WIDTHS, REGULAR_WIDTHS, type WidthRange } from './arialWidths.ts';

export interface TextFont {
  /** Points. */
  size: number;
  bold?: boolean;
}

/** Excel's column width unit: the maximum digit width of the workbook font (Arial 10: 7 px = 5.25 pt). */
export const POINTS_PER_WIDTH_UNIT = 5.25;
/** A cell's text starts and ends a few pixels inside its borders (Excel: 2–3 px each side; LibreOffice ~1 mm in all). */
const CELL_PADDING_PT = 6;
/** Margin over the font's widths (see the header). */
const SAFETY = 1.05;
/** Line height over font size: Excel's Arial 10 row is 12.75 pt; LibreOffice's Liberation Sans line ~11.5 pt. */
const LINE_HEIGHT = 1.28;
/** Above and below the lines of a cell. */
const ROW_PADDING_PT = 3;
/** Widths summed word by word round differently from the whole line's: a line as wide as its text still holds it. */
const ROUNDING = 0.01;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;

/** Marks, joiners and direction marks: drawn without advancing (code point ranges, inclusive). */
const ZERO_WIDTH: readonly [number, number][] = [[0x300, 0x36f], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x2069], [0xfe00, 0xfe0f], [0xfeff, 0xfeff]];
/** Widths looked up by UTF-16 code unit below this (every range of arialWidths.ts); above, only the zero-width marks are known. */
const TABLE_END = 0x2200;

/** One flat table per style, thousandths of the size by code unit: a row height is measured for every text cell of a 100 k-row sheet. */
function flatTable(ranges: readonly WidthRange[]): Float64Array {
  const table = new Float64Array(TABLE_END).fill(1000);
  for (const range of ranges) range.widths.forEach((w, i) => { if (range.from + i < TABLE_END) table[range.from + i] = w || 1000; });
  for (const [from, to] of ZERO_WIDTH) for (let c = from; c <= to && c < TABLE_END; c++) table[c] = 0;
  table[0x09] = 4 * table[0x20]; // a tab: about four spaces
  return table;
}
const REGULAR = flatTable(REGULAR_WIDTHS);
const BOLD = flatTable(BOLD_WIDTHS);

function wideWidth(code: number): number {
  if (code >= 0xdc00 && code <= 0xdfff) return 0; // the second half of a pair: counted with the first
  for (const [from, to] of ZERO_WIDTH) if (code >= from && code <= to) return 0;
  return 1000;
}

/** The width of `text` on one line, in points. */
export function textWidth(text: string, font: TextFont): number {
  const table = font.bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    thousandths += code < TABLE_END ? table[code] : wideWidth(code);
  }
  return (thousandths * font.size * SAFETY) / 1000;
}

/** The width of the space text may take in a column `widthUnits` wide (Excel's unit), in points. */
export function usableWidth(widthUnits: number): number {
  return Math.max(1, widthUnits * POINTS_PER_WIDTH_UNIT - CELL_PADDING_PT);
}

/** The column width (Excel's unit) that shows `text`'s longest line on one line. */
export function widthUnitsFor(text: string, font: TextFont): number {
  const longest = text.split(/\r\n|\r|\n/).reduce((max, line) => Math.max(max, textWidth(line, font)), 0);
  return (longest + CELL_PADDING_PT) / POINTS_PER_WIDTH_UNIT;
}

/**
 * Lines `text` takes when wrapped in `width` points: broken at its line breaks, then where the
 * next word no longer fits (spaces are the only breaks counted: Excel and LibreOffice also break
 * after a hyphen, which only ever saves a line), a word longer than the line broken inside it.
 */
export function countLines(text: string, width: number, font: TextFont): number {
  const space = textWidth(' ', font);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(word, font);
      const needed = used === 0 ? w : used + space + w;
      if (needed <= width + ROUNDING) {
        used = needed;
        continue;
      }
      // Onto a new line (unless the line is still empty); a word wider than a line fills whole lines.
      if (used > 0) lines++;
      if (w <= width + ROUNDING) {
        used = w;
        continue;
      }
      used = 0;
      for (const ch of word) {
        const c = textWidth(ch, font);
        if (used > 0 && used + c > width + ROUNDING) {
          lines++;
          used = 0;
        }
        used += c;
      }
    }
  }
  return lines;
}

/** The most lines a row of Excel's largest height shows in `font`. */
export function maxLinesInRow(font: TextFont): number {
  return Math.floor((MAX_ROW_HEIGHT - ROW_PADDING_PT) / (font.size * LINE_HEIGHT));
}

/**
 * The narrowest column width (Excel's unit, from `from` up to `to`) in which `text` fits in a row
 * of Excel's largest height — a long paragraph (an activity's recommendations) would otherwise
 * print cut, its end over the next rows; `to` when even that is too narrow.
 */
export function widthToFitRow(text: string, from: number, to: number, font: TextFont): number {
  const most = maxLinesInRow(font);
  // Most texts are far shorter than a full row of lines: no wrapping to simulate.
  if (textWidth(text, font) <= usableWidth(from) * most * 0.8) return from;
  let width = from;
  while (width < to && countLines(text, usableWidth(width), font) > most) width = Math.min(to, Math.ceil(width * 1.1));
  return width;
}

/** The row height (points) that shows `lines` lines of text in `font`. */
export function heightForLines(lines: number, font: TextFont): number {
  return Math.min(MAX_ROW_HEIGHT, Math.ceil((lines * font.size * LINE_HEIGHT + ROW_PADDING_PT) * 4) / 4);
}
