import { basename } from 'node:path';
import { KenesError } from '../KenesError.ts';
import { inspectZip, NotAZipError } from './inspectZip.ts';
import { oneLine, readBytes, sniffFormat } from './readBytes.ts';
import { DEFAULT_LIMITS, tooManyRows, type ReadLimits } from './readLimits.ts';
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
 * exceljs throws on a damaged workbook becomes `read.badXlsx` naming the file.
 */
export async function readXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table[]> {
  const file = basename(path);
  const bytes = await readBytes(path, file);
  const bad = (reason: string, cause?: unknown, hint = 'Open it in Excel and save it again as .xlsx.') =>
    new KenesError('read.badXlsx', `not a readable .xlsx workbook: ${oneLine(reason)}`, { location: { file }, hint, cause });

  const format = sniffFormat(bytes);
  if (format === 'ole2') {
    throw bad('it is an old .xls workbook, or a password-protected one', undefined, 'Remove the password, or open it in Excel and save it as .xlsx.');
  }
  if (format !== 'zip') {
    const looksLikeText = !bytes.subarray(0, 4096).includes(0);
    throw bad(looksLikeText ? 'it is a text file (CSV?) with an .xlsx name' : 'it is not a workbook (unknown binary data)', undefined,
      looksLikeText ? 'If it is a CSV export, rename it to .csv.' : 'Registers are .xlsx or .csv files.');
  }
  let entries: string[];
  try {
    entries = (await inspectZip(bytes, file, limits.max_xlsx_uncompressed_mb * MB)).entries.map((e) => e.name.replace(/^\//, ''));
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
  try {
    return await streamTables(path, file, limits);
  } catch (cause) {
    if (cause instanceof KenesError) throw cause;
    throw bad((cause as Error)?.message ?? String(cause), cause);
  }
}

/**
 * The sheets through exceljs's streaming reader: rows are taken as they are
 * unzipped and parsed, at several times the speed of loading the workbook
 * whole and in memory that does not grow with the file. A merged range keeps
 * its value in its first cell; the others are empty in the file, and so here.
 */
async function streamTables(path: string, file: string, limits: ReadLimits): Promise<Table[]> {
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
  }
  return tables;
}

function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(v.result ?? null);
  if (Array.isArray(v.richText)) return (v.richText as { text?: unknown }[]).map((p) => String(p?.text ?? '')).join('');
  if ('text' in v) return plainValue(v.text);
  if ('error' in v) return null;
  return String(value);
}
