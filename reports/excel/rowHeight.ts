/**
 * The height a row needs to show every line of its cells, put in the file because LibreOffice
 * does not grow rows to fit wrapped text when it opens an .xlsx (it printed the second line of
 * a long title over the next row: 1,608 words over other words in the 2023 demo's PDF).
 */
import { countLines, heightForLines, usableWidth, type TextFont } from './measureText.ts';
import type { CellValue } from './toCellValue.ts';

export interface MeasuredCell {
  value: CellValue;
  /** Width of the cell (the column, or the merged columns) in Excel's unit. */
  width: number;
  font: TextFont;
}

/** Points: the tallest cell's lines; a row of numbers, dates or nothing is one line high. */
export function rowHeight(cells: MeasuredCell[], minFont: TextFont): number {
  let height = heightForLines(1, minFont);
  for (const cell of cells) {
    const lines = typeof cell.value === 'string' ? countLines(cell.value, usableWidth(cell.width), cell.font) : 1;
    height = Math.max(height, heightForLines(lines, cell.font));
  }
  return height;
}
