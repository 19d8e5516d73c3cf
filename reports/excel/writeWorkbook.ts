/**
 * Writes the annual workbook: one sheet per section, each with a title row,
 * a bold filled header (frozen, filtered, repeated on every printed page) and
 * typed cells. Pure layout: every figure arrives computed in the rows.
 *
 * Uses exceljs's streaming WorkbookWriter, never the in-memory Workbook,
 * which needs about 1.6 GB per 100 k rows. The file is written to a temporary
 * name in the target folder and renamed into place, so a failed run never
 * leaves a half-written workbook where the user expects a report.
 *
 * Every text goes out through cleanOutputText (see toCellValue): a cell whose
 * text had to be changed carries a note saying what was changed, and the
 * change is recorded in `log` for the command's warnings.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { CleaningLog } from '../CleaningLog.ts';
import { cleanOutputText, EXCEL_CELL_MAX, type CleanReason } from '../cleanOutputText.ts';
import { getLabels, type Labels, type Lang } from '../i18n/getLabels.ts';
import type { ColumnType } from '../sections.ts';
import type { SheetModel, WorkbookModel } from './WorkbookModel.ts';
import { addSheetImages } from './addSheetImages.ts';
import { escapeCellText } from './escapeCellText.ts';
import { displayLength, toCellValue } from './toCellValue.ts';
import { toSheetName } from './toSheetName.ts';

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
const A4 = 9;
const YIELD_EVERY = 2_000;

const NUM_FMT: Partial<Record<ColumnType, string>> = {
  int: '#,##0',
  number: '#,##0.##',
  percent: '0.0%',
  date: 'dd.mm.yyyy',
};
/** Dates as each language writes them (separators of numbers follow the reader's Excel settings). */
const DATE_FMT: Record<Lang, string> = { ru: 'dd.mm.yyyy', kk: 'dd.mm.yyyy', en: 'yyyy-mm-dd' };

export type { WorkbookModel, SheetModel } from './WorkbookModel.ts';

export async function writeWorkbook(path: string, model: WorkbookModel, log?: CleaningLog): Promise<void> {
  if (model.sheets.length === 0) {
    // Excel refuses to open a workbook without sheets; better to say so here.
    throw new KenesError('report.emptyWorkbook', 'The workbook has no sheets to write', { location: { file: path }, exitCode: EXIT_USAGE });
  }
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let stream: WriteStream | undefined;
  try {
    stream = await openForWriting(tmp);
    // A write error (disk full) before exceljs listens for one would crash the process or
    // leave commit() waiting forever; racing it turns it into this function's error.
    const failed = new Promise<never>((_, reject) => stream!.once('error', reject));
    failed.catch(() => undefined);
    await Promise.race([writeTo(stream, model, (where, changed) => log?.record(path, where, changed)), failed]);
    if (!stream.closed) await once(stream, 'close');
    await rename(tmp, path);
  } catch (error) {
    stream?.destroy();
    await rm(tmp, { force: true }).catch(() => undefined);
    if (error instanceof KenesError) throw error;
    throw new KenesError('report.writeFailed', `Cannot write the workbook: ${(error as Error).message}`, {
      location: { file: path },
      hint: 'Check that the output folder exists, is writable, and that the file is not open in Excel.',
      exitCode: EXIT_USAGE,
      cause: error,
    });
  }
}

/** Opens the temp file before any work, so an unwritable folder fails fast with its own message. */
async function openForWriting(file: string): Promise<WriteStream> {
  const stream = createWriteStream(file, { flags: 'wx' });
  await once(stream, 'open'); // rejects with the stream's 'error' (ENOENT, EACCES…)
  return stream;
}

/** Hears each changed text: where (`Sheet!C4`) and what was changed. */
type OnCleaned = (where: string, changed: CleanReason[]) => void;

async function writeTo(stream: WriteStream, model: WorkbookModel, onCleaned: OnCleaned): Promise<void> {
  const labels = getLabels(model.lang);
  // Shared strings: cells get t="s" (plain text), the type every reader agrees is never a formula.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  workbook.creator = 'kenes';
  workbook.lastModifiedBy = 'kenes';
  // A draft says so where a reader looks first: the file's title and every sheet's title row.
  const draft = model.draft ? `${model.draft} — ` : '';
  workbook.title = `${draft}${model.title}`;
  const taken = new Set<string>();
  for (const [i, sheet] of model.sheets.entries()) {
    const name = toSheetName(sheet.name, taken, `Sheet ${i + 1}`);
    await writeSheet(workbook, name, { ...sheet, title: `${draft}${sheet.title}` }, model.period, labels, model.lang, onCleaned);
  }
  await workbook.commit();
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  sheet: SheetModel,
  period: string,
  labels: Labels,
  lang: Lang,
  onCleaned: OnCleaned,
): Promise<void> {
  const ui = labels.ui;
  /** A cell's text was changed to be written: a note on the cell says what, and the change is recorded. */
  const noteCleaned = (cell: ExcelJS.Cell, changed: CleanReason[]) => {
    cell.note = cleaningNote(labels, changed);
    onCleaned(`${name}!${cell.address}`, changed);
  };
  const setText = (cell: ExcelJS.Cell, text: string) => {
    const result = cleanOutputText(text, { maxLength: EXCEL_CELL_MAX });
    cell.value = escapeCellText(result.text);
    if (result.changed.length > 0) noteCleaned(cell, result.changed);
  };
  const columnCount = Math.max(sheet.columns.length, 1);
  const lastRow = HEADER_ROW + sheet.rows.length;
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&P / &N' },
  });

  // Widths need every value before the first row is committed; values are converted twice
  // (here and when written) rather than held, so a 100 k-row sheet is never copied in memory.
  const widths = sheet.columns.map((c) => {
    let longest = displayLength(c.label, 'text');
    for (const row of sheet.rows) longest = Math.max(longest, displayLength(toCellValue(row[c.key], c.type, ui), c.type));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
  ws.columns = sheet.columns.map((c, j) => ({ key: c.key, width: widths[j] }));

  const title = ws.getRow(TITLE_ROW);
  setText(title.getCell(1), `${sheet.title} — ${ui.period}: ${period}`);
  title.getCell(1).font = { bold: true, size: 14 };
  title.commit();

  const header = ws.getRow(HEADER_ROW);
  sheet.columns.forEach((c, j) => {
    const cell = header.getCell(j + 1);
    setText(cell, c.label);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();

  const styles = sheet.rowStyles;
  for (const [i, source] of sheet.rows.entries()) {
    // Give the zip stream a turn now and then, so a 100 k-row sheet does not block the event loop throughout.
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    const row = ws.getRow(HEADER_ROW + 1 + i);
    sheet.columns.forEach((c, j) => {
      let changed: CleanReason[] = [];
      const value = toCellValue(source[c.key], c.type, ui, (what) => { changed = what; });
      if (value === null) {
        // No records for the period is no data, not 0: the cell stays empty and says so (styled, so
        // the empty cell is written at all and its note has a cell to hang on).
        if (c.noData) Object.assign(row.getCell(j + 1), { note: ui.noDataNote, numFmt: NUM_FMT[c.type] });
        return;
      }
      const cell = row.getCell(j + 1);
      cell.value = typeof value === 'string' ? escapeCellText(value) : value;
      if (changed.length > 0) noteCleaned(cell, changed);
      const numFmt = typeof value === 'string' ? undefined : c.type === 'date' ? DATE_FMT[lang] : NUM_FMT[c.type];
      if (numFmt) cell.numFmt = numFmt;
      if (typeof value === 'string' && widths[j] === MAX_WIDTH) cell.alignment = { vertical: 'top', wrapText: true };
    });
    const style = styles?.[i];
    if (style) {
      // Every cell of the row, also empty ones, so the band reads as one row.
      for (let j = 1; j <= columnCount; j++) {
        const cell = row.getCell(j);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style === 'group' ? 'FFEDEDED' : 'FFFCE4D6' } };
        if (style === 'group') cell.font = { bold: true };
      }
    }
    row.commit();
  }

  // Notes under the table, after one empty row, outside the filter range.
  for (const [k, note] of (sheet.notes ?? []).entries()) {
    const row = ws.getRow(lastRow + 2 + k);
    setText(row.getCell(1), note);
    row.getCell(1).font = { italic: true };
    row.commit();
  }

  if (sheet.images?.length) addSheetImages(workbook, ws, sheet.images, columnCount + 1, HEADER_ROW - 1);

  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: columnCount } };
  ws.commit();
}

/** "kenes changed the text of this cell to write it: control characters removed; text cut to 32 767 characters", in the report's language. */
export function cleaningNote(labels: Labels, changed: CleanReason[]): string {
  const limit = new Intl.NumberFormat(labels.meta.locale).format(EXCEL_CELL_MAX);
  return `${labels.textCleaning.note}: ${changed.map((r) => labels.textCleaning[r].replace('{n}', limit)).join('; ')}`;
}
