import type ExcelJS from 'exceljs';
import type { TextFont } from './measureText.ts';
import { rowHeight } from './rowHeight.ts';

/**
 * A line across the table (the title, a note): merged over its columns and wrapped within them,
 * the row as tall as its lines — text left to run past the table's last column is cut off by the
 * printed page.
 */
export function writeWideText(ws: ExcelJS.Worksheet, row: ExcelJS.Row, columns: number, width: number, font: TextFont & Partial<ExcelJS.Font>, text: string): void {
  const cell = row.getCell(1);
  cell.font = font;
  cell.alignment = { vertical: 'top', wrapText: true };
  if (columns > 1) ws.mergeCells(row.number, 1, row.number, columns);
  row.height = rowHeight([{ value: text, width, font }], font);
  row.commit();
}

