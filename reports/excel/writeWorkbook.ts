/**
 * Writes the annual workbook: a cover sheet (when the model has one), then one
 * sheet per section, each with a title row, a bold filled header (frozen,
 * filtered, repeated on every printed page) and typed cells. Pure layout: every
 * figure arrives computed in the rows.
 *
 * Made to print (issue 14): every text wraps within its column and every row
 * carries the height its lines need (measureText, in Arial, the workbook's one
 * font), because LibreOffice does not grow rows to fit wrapped text when it
 * opens an .xlsx; A4 landscape, as wide as the page, with a footer naming the
 * council, the period and the page (printSetup); charts under the table.
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
import type { CleanReason } from '../cleanOutputText.ts';
import { getLabels, type Labels, type Lang } from '../i18n/getLabels.ts';
import type { ColumnType } from '../sections/Section.ts';
import type { SheetModel, WorkbookModel } from './WorkbookModel.ts';
import { addSheetImages } from './addSheetImages.ts';
import { writeCoverSheet } from './coverSheet.ts';
import { escapeCellText } from './escapeCellText.ts';
import { countLines, heightForLines, MAX_ROW_HEIGHT, maxLinesInRow, usableWidth, widthToFitRow, widthUnitsFor } from './measureText.ts';
import { printSetup } from './printSetup.ts';
import { rowHeight, type MeasuredCell } from './rowHeight.ts';
import { sheetText, type OnCleaned } from './sheetText.ts';
import { displayLength, toCellValue, type CellValue } from './toCellValue.ts';
import { toSheetName } from './toSheetName.ts';
import { writeWideText } from './writeWideText.ts';
import { BODY_FONT, BOLD_FONT, ITALIC_FONT, TITLE_FONT, useWorkbookFont } from './workbookFont.ts';

const TITLE_ROW = 1;
const HEADER_ROW = 2;
const MIN_WIDTH = 8;
/** Longer texts wrap: a sheet printed as wide as the page keeps a readable size only if its columns are not too wide. */
const MAX_WIDTH = 40;
/** The widest a column grows for a text that would not fit in the tallest row (409 pt); a longer text gets a note. */
const TALL_TEXT_WIDTH = 120;
/** The widest a column grows for its header alone (a header wraps over its figures rather than widen their column). */
const HEADER_WIDTH = 12;
/** exceljs leaves a column of its default width (9) out of the file, and Excel then draws it 8.43 wide: narrower than measured. */
const EXCELJS_DEFAULT_WIDTH = 9;
/** A digit of Arial is a little wider than Excel's width unit (5.56 pt against 5.25). */
const DIGIT_UNITS = 1.1;
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

async function writeTo(stream: WriteStream, model: WorkbookModel, onCleaned: OnCleaned): Promise<void> {
  const labels = getLabels(model.lang);
  // Shared strings: cells get t="s" (plain text), the type every reader agrees is never a formula.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  useWorkbookFont(workbook);
  workbook.creator = 'kenes';
  workbook.lastModifiedBy = 'kenes';
  // A draft says so where a reader looks first: the file's title and every sheet's title row.
  const draft = model.draft ? `${model.draft} — ` : '';
  workbook.title = `${draft}${model.title}`;
  const taken = new Set<string>();
  const page = { council: model.council, period: model.period };
  if (model.cover) {
    const name = toSheetName(labels.cover.sheetName, taken, 'Cover');
    await writeCoverSheet(workbook, name, model.cover, { labels, lang: model.lang, draft: model.draft, text: sheetText(name, labels, onCleaned), page });
  }
  for (const [i, sheet] of model.sheets.entries()) {
    const name = toSheetName(sheet.name, taken, `Sheet ${i + 1}`);
    await writeSheet(workbook, name, { ...sheet, title: `${draft}${sheet.title}` }, page, labels, model.lang, onCleaned);
  }
  await workbook.commit();
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  sheet: SheetModel,
  page: { council?: string; period: string },
  labels: Labels,
  lang: Lang,
  onCleaned: OnCleaned,
): Promise<void> {
  const ui = labels.ui;
  const { setText, noteCleaned } = sheetText(name, labels, onCleaned);
  const columnCount = Math.max(sheet.columns.length, 1);
  const lastRow = HEADER_ROW + sheet.rows.length;
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${HEADER_ROW + 1}`, activeCell: `A${HEADER_ROW + 1}` }],
    properties: { defaultRowHeight: heightForLines(1, BODY_FONT) } as ExcelJS.WorksheetProperties,
    ...printSetup({ ...page, titleRows: `${HEADER_ROW}:${HEADER_ROW}` }),
  });

  // Widths need every value before the first row is committed; values are converted twice
  // (here and when written) rather than held, so a 100 k-row sheet is never copied in memory.
  const widths = sheet.columns.map((c) => {
    let units = headerWidth(c.label);
    let tall = 0;
    for (const row of sheet.rows) {
      const value = toCellValue(row[c.key], c.type, ui);
      units = Math.max(units, valueWidth(value, c.type));
      if (typeof value === 'string') tall = Math.max(tall, widthToFitRow(value, MAX_WIDTH, TALL_TEXT_WIDTH, BODY_FONT));
    }
    // A text too long for the tallest row at MAX_WIDTH widens its column, so it prints whole.
    const width = Math.max(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(units + 1))), tall);
    return width === EXCELJS_DEFAULT_WIDTH ? width + 1 : width;
  });
  ws.columns = sheet.columns.map((c, j) => ({ key: c.key, width: widths[j] }));
  /** The width of the table: the title and the notes are merged across it and wrap within it. */
  const tableWidth = widths.reduce((sum, w) => sum + w, 0) || MAX_WIDTH;

  const title = ws.getRow(TITLE_ROW);
  writeWideText(ws, title, columnCount, tableWidth, TITLE_FONT, setText(title.getCell(1), `${sheet.title} — ${ui.period}: ${page.period}`));

  const header = ws.getRow(HEADER_ROW);
  const headerCells: MeasuredCell[] = [];
  sheet.columns.forEach((c, j) => {
    const cell = header.getCell(j + 1);
    headerCells.push({ value: setText(cell, c.label), width: widths[j], font: BOLD_FONT });
    cell.font = BOLD_FONT;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } };
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  header.height = rowHeight(headerCells, BOLD_FONT);
  header.commit();

  const styles = sheet.rowStyles;
  for (const [i, source] of sheet.rows.entries()) {
    // Give the zip stream a turn now and then, so a 100 k-row sheet does not block the event loop throughout.
    if (i > 0 && i % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    const row = ws.getRow(HEADER_ROW + 1 + i);
    const style = styles?.[i];
    const font = style === 'group' ? BOLD_FONT : BODY_FONT;
    const measured: MeasuredCell[] = [];
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
      // Every text wraps within its column (never runs into the next cell, nor is cut at it); the row is made tall enough below.
      cell.alignment = typeof value === 'string' ? { vertical: 'top', wrapText: true } : { vertical: 'top' };
      measured.push({ value, width: widths[j], font });
    });
    if (style) {
      // Every cell of the row, also empty ones, so the band reads as one row.
      for (let j = 1; j <= columnCount; j++) {
        const cell = row.getCell(j);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style === 'group' ? 'FFEDEDED' : 'FFFCE4D6' } };
        if (style === 'group') cell.font = BOLD_FONT;
      }
    }
    row.height = rowHeight(measured, BODY_FONT);
    if (row.height >= MAX_ROW_HEIGHT) {
      sheet.columns.forEach((_, j) => {
        const cell = row.getCell(j + 1);
        if (typeof cell.value !== 'string' || countLines(cell.value, usableWidth(widths[j]), font) <= maxLinesInRow(font)) return;
        // Whole in the cell, not on paper: the reader of the printout is told where to find the rest.
        cell.note = cell.note ? `${String(cell.note)}; ${labels.print.tooTall}` : labels.print.tooTall;
      });
    }
    row.commit();
  }

  // Notes under the table, after one empty row, outside the filter range.
  const notes = sheet.notes ?? [];
  for (const [k, note] of notes.entries()) {
    const row = ws.getRow(lastRow + 2 + k);
    writeWideText(ws, row, columnCount, tableWidth, ITALIC_FONT, setText(row.getCell(1), note));
  }

  // Charts under the table and its notes, not beside them: a sheet prints as wide as the page, and a
  // chart beside the table made its text print at half size (under 5 pt on the summary).
  if (sheet.images?.length) addSheetImages(workbook, ws, sheet.images, 0, lastRow + 1 + (notes.length ? notes.length + 1 : 0));

  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: lastRow, column: columnCount } };
  ws.commit();
}

/** A header wraps onto a few lines rather than widen its column past HEADER_WIDTH, but never breaks inside a word. */
function headerWidth(label: string): number {
  const longestWord = Math.max(0, ...label.split(/\s+/).map((word) => widthUnitsFor(word, BOLD_FONT)));
  return Math.max(longestWord, Math.min(widthUnitsFor(label, BOLD_FONT), HEADER_WIDTH));
}

/** Units a value needs on one line: text measured in the font; numbers and dates by their digits. */
function valueWidth(value: CellValue, type: ColumnType): number {
  if (typeof value === 'string') return widthUnitsFor(value, BODY_FONT);
  return displayLength(value, type) * DIGIT_UNITS + 1;
}

export { cleaningNote } from './sheetText.ts';
