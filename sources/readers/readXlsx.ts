import { basename } from 'node:path';
import { KenesError } from '../KenesError.ts';
import { inspectZip, NotAZipError, type ZipEntry } from './inspectZip.ts';
import { oneLine, readBytes, sniffFormat } from './readBytes.ts';
import { DEFAULT_LIMITS, tooManyRows, type ReadLimits } from './readLimits.ts';
import { replacementCharsInZip } from './replacementCharsInZip.ts';
import type { Table } from './Table.ts';

const MB = 1_000_000;

/**
 * Every sheet of a workbook as a table of plain cell values. Formulas give
 * their cached result (the value the person saw), rich text its plain text,
 * hyperlinks their text; hidden sheets are flagged so ingest can skip them.
 *
 * Before exceljs sees the file, its zip directory is checked (inspectZip): a
 * truncated or forged zip, or one that would unpack past the limit (a zip
 * bomb), stops here with a message instead of exhausting memory. Whatever
 * exceljs throws on a damaged workbook becomes `read.badXlsx` naming the file,
 * and the sheet when it is a sheet's XML that is damaged or cut off part-way.
 * exceljs is patched (patches/exceljs+4.4.0.patch) to decode each part's
 * UTF-8 as one stream and to report XML that ends before its last element
 * closes; a cell that still holds a U+FFFD its source does not hold stops the
 * read (`read.decodeLost`) rather than load text that is not what was written.
 */
export async function readXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table[]> {
  const file = basename(path);
  const bytes = await readBytes(path, file);
  const bad = (reason: string, cause?: unknown, hint = 'Open it in Excel and save it again as .xlsx.', sheet?: string) =>
    new KenesError('read.badXlsx', `not a readable .xlsx workbook: ${oneLine(reason)}`, { location: { file, sheet }, hint, cause });

  const format = sniffFormat(bytes);
  if (format === 'ole2') {
    throw bad('it is an old .xls workbook, or a password-protected one', undefined, 'Remove the password, or open it in Excel and save it as .xlsx.');
  }
  if (format !== 'zip') {
    const looksLikeText = !bytes.subarray(0, 4096).includes(0);
    throw bad(looksLikeText ? 'it is a text file (CSV?) with an .xlsx name' : 'it is not a workbook (unknown binary data)', undefined,
      looksLikeText ? 'If it is a CSV export, rename it to .csv.' : 'Registers are .xlsx or .csv files.');
  }
  let zipEntries: ZipEntry[];
  let entries: string[];
  try {
    zipEntries = (await inspectZip(bytes, file, limits.max_xlsx_uncompressed_mb * MB)).entries;
    entries = zipEntries.map((e) => e.name.replace(/^\//, ''));
    if (!entries.includes('xl/workbook.xml')) {
      throw bad('it is a zip file but not an Excel workbook (no xl/workbook.xml)', undefined, 'A .docx or .zip renamed to .xlsx? Save the register from Excel as .xlsx.');
    }
  } catch (error) {
    if (error instanceof NotAZipError) throw bad(error.message, error);
    throw error;
  }

  // exceljs finds sheets by Excel's own part names (xl/worksheets/sheetN.xml); it would read none of a
  // workbook whose writer named them otherwise, and say nothing.
  const worksheets = entries.filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  if (worksheets.some((name) => !/^xl\/worksheets\/sheet\d+\.xml$/.test(name))) {
    throw bad(`its sheets are stored under names Excel does not use (${worksheets.join(', ')})`);
  }
  let tables: Table[];
  try {
    tables = await streamTables(path, file, limits, (sheet, cause) =>
      bad(`the sheet's XML is damaged or cut off part-way (${(cause as Error)?.message ?? String(cause)})`, cause, undefined, sheet));
  } catch (cause) {
    if (cause instanceof KenesError) throw cause;
    throw bad((cause as Error)?.message ?? String(cause), cause);
  }
  await checkNothingLost(tables, bytes, zipEntries.filter((e) => /^\/?xl\/(worksheets\/[^/]+|sharedStrings)\.xml$/.test(e.name)), file);
  return tables;
}

/**
 * A U+FFFD in a cell is either text someone wrote or a character a decoder
 * lost. Only when some cell holds one (rare, so the cost is paid rarely) are
 * the sheet and string parts counted: a cell's U+FFFD that the source bytes
 * do not hold means the read changed the text, and the workbook is refused
 * there, naming the cell, rather than loaded with the text changed.
 * Distinct texts are counted, since one shared string may fill many cells.
 */
async function checkNothingLost(tables: Table[], bytes: Buffer, parts: ZipEntry[], file: string): Promise<void> {
  const texts = new Map<string, { sheet: string | null; row: number; column: number }>();
  for (const table of tables) {
    for (const { row, cells } of table.rows) {
      cells.forEach((cell, i) => {
        if (typeof cell === 'string' && cell.includes('\ufffd') && !texts.has(cell)) texts.set(cell, { sheet: table.sheet, row, column: i + 1 });
      });
    }
  }
  if (texts.size === 0) return;
  const inCells = [...texts.keys()].reduce((n, text) => n + text.split('\ufffd').length - 1, 0);
  const inSource = await replacementCharsInZip(bytes, parts);
  if (inCells <= inSource) return;
  const [text, at] = [...texts][0];
  throw new KenesError('read.decodeLost', `text was lost in reading: a cell reads "${oneLine(text, 60)}" with a U+FFFD (�) the file does not hold (${inCells} in the cells, ${inSource} in the file)`, {
    location: { file, sheet: at.sheet ?? undefined, row: at.row, column: columnName(at.column) },
    hint: 'The workbook\'s text is not valid UTF-8 (written by a tool that saved it in another encoding?). Open it in Excel and save it again as .xlsx.',
  });
}

/** 1 → A, 27 → AA: the column as Excel names it. */
function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

/**
 * The sheets through exceljs's streaming reader: rows are taken as they are
 * unzipped and parsed, at several times the speed of loading the workbook
 * whole and in memory that does not grow with the file. A merged range keeps
 * its value in its first cell; the others are empty in the file, and so here.
 */
async function streamTables(path: string, file: string, limits: ReadLimits, damaged: (sheet: string, cause: unknown) => KenesError): Promise<Table[]> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore',
  });
  const tables: Table[] = [];
  let total = 0;
  for await (const sheet of reader) {
    const { name, state } = sheet as unknown as { name: string; state?: string };
    const table: Table = { file, sheet: name, hidden: state !== undefined && state !== 'visible', rows: [] };
    tables.push(table);
    try {
      for await (const row of sheet) {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          cells[col - 1] = plainValue(cell.value);
        });
        if (!cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) continue;
        table.rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? null) });
        // The limit counts rows over the whole workbook.
        if (++total > limits.max_rows + 1) throw tooManyRows(file, name, limits);
      }
    } catch (cause) {
      throw cause instanceof KenesError ? cause : damaged(name, cause);
    }
  }
  return tables;
}

/**
 * Excel writes a character XML cannot hold (a control character such as the
 * vertical tab of a line pasted from Word, U+FFFE) as `_xHHHH_`, and a
 * literal `_x` that would read as one as `_x005F_x` (ECMA-376 Part 1,
 * 22.4.2.4 ST_Xstring). exceljs leaves them as written; the cell's text is
 * what the person typed, so they are read back here.
 */
function unescapeXstring(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') return unescapeXstring(value);
  if (typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(v.result ?? null);
  if (Array.isArray(v.richText)) return unescapeXstring((v.richText as { text?: unknown }[]).map((p) => String(p?.text ?? '')).join(''));
  if ('text' in v) return plainValue(v.text);
  if ('error' in v) return null;
  return String(value);
}
