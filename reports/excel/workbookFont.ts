/**
 * The one font of kenes's workbooks: Arial 10 — Liberation Sans, with the same metrics, where
 * Arial is missing (LibreOffice on Linux). Named on every cell and as the workbook's default
 * (the font of unstyled cells and the unit of column widths), because row heights are measured
 * in it (measureText): exceljs's default, Calibri, is missing from LibreOffice on Linux and its
 * stand-in (DejaVu Sans) is a fifth wider, so measured rows printed words over words.
 */
import type ExcelJS from 'exceljs';
import type { TextFont } from './measureText.ts';

const FACE = { name: 'Arial', family: 2 } as const;

export const BODY_FONT = { ...FACE, size: 10 } satisfies Partial<ExcelJS.Font> & TextFont;
export const BOLD_FONT = { ...FACE, size: 10, bold: true } satisfies Partial<ExcelJS.Font> & TextFont;
export const ITALIC_FONT = { ...FACE, size: 10, italic: true } satisfies Partial<ExcelJS.Font> & TextFont;
export const TITLE_FONT = { ...FACE, size: 14, bold: true } satisfies Partial<ExcelJS.Font> & TextFont;

/** The private part of exceljs's stream writer that holds the fonts of styles.xml. */
interface StylesInternals {
  styles: { model: { fonts: unknown[] }; _addFont(font: Partial<ExcelJS.Font>): number };
}

/**
 * Makes BODY_FONT the workbook's font 0 (the Normal style's). Call before any cell is styled:
 * exceljs adds Calibri as font 0 when the first style is added with no font yet.
 */
export function useWorkbookFont(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const { styles } = workbook as unknown as StylesInternals;
  if (styles.model.fonts.length === 0) styles._addFont(BODY_FONT);
}
