/**
 * Text into a cell the one way every sheet writes it: cleaned for the file (cleanOutputText),
 * escaped, and — where the text had to be changed — a note on the cell saying what, the change
 * recorded for the command's warnings.
 */
import type ExcelJS from 'exceljs';
import { cleanOutputText, EXCEL_CELL_MAX, type CleanReason } from '../cleanOutputText.ts';
import type { Labels } from '../i18n/getLabels.ts';
import { escapeCellText } from './escapeCellText.ts';

/** Hears each changed text: where (`Sheet!C4`) and what was changed. */
export type OnCleaned = (where: string, changed: CleanReason[]) => void;

export interface SheetText {
  /** Writes `text` into `cell`; returns the text as written. */
  setText(cell: ExcelJS.Cell, text: string): string;
  /** Notes on `cell` that its text was changed, and records it. */
  noteCleaned(cell: ExcelJS.Cell, changed: CleanReason[]): void;
}

export function sheetText(sheetName: string, labels: Labels, onCleaned: OnCleaned): SheetText {
  const noteCleaned = (cell: ExcelJS.Cell, changed: CleanReason[]) => {
    cell.note = cleaningNote(labels, changed);
    onCleaned(`${sheetName}!${cell.address}`, changed);
  };
  return {
    noteCleaned,
    setText(cell, text) {
      const result = cleanOutputText(text, { maxLength: EXCEL_CELL_MAX });
      cell.value = escapeCellText(result.text);
      if (result.changed.length > 0) noteCleaned(cell, result.changed);
      return result.text;
    },
  };
}

/** "kenes changed the text of this cell to write it: control characters removed; text cut to 32 767 characters", in the report's language. */
export function cleaningNote(labels: Labels, changed: CleanReason[]): string {
  const limit = new Intl.NumberFormat(labels.meta.locale).format(EXCEL_CELL_MAX);
  return `${labels.textCleaning.note}: ${changed.map((r) => labels.textCleaning[r].replace('{n}', limit)).join('; ')}`;
}
