import { basename } from 'node:path';
import { KenesError } from '../KenesError.ts';
import { inspectZip, NotAZipError } from './inspectZip.ts';
import { oneLine, readBytes, sniffFormat } from './readBytes.ts';
import { DEFAULT_LIMITS, tooManyRows, type ReadLimits } from './readLimits.ts';
import type { Table, TableRow } from './Table.ts';

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
  try {
    const zip = await inspectZip(bytes, file, limits.max_xlsx_uncompressed_mb * MB);
    if (!zip.entries.some((e) => e.name.replace(/^\//, '') === 'xl/workbook.xml')) {
      throw bad('it is a zip file but not an Excel workbook (no xl/workbook.xml)', undefined, 'A .docx or .zip renamed to .xlsx? Save the register from Excel as .xlsx.');
    }
  } catch (error) {
    if (error instanceof NotAZipError) throw bad(error.message, error);
    throw error;
  }

  try {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return tablesOf(workbook, file, limits);
  } catch (cause) {
    if (cause instanceof KenesError) throw cause;
    throw bad((cause as Error)?.message ?? String(cause), cause);
  }
}

type Workbook = InstanceType<typeof import('exceljs').Workbook>;

function tablesOf(workbook: Workbook, file: string, limits: ReadLimits): Table[] {
  const tables: Table[] = [];
  let total = 0;
  workbook.eachSheet((sheet) => {
    const rows: TableRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        // A merged cell repeats the master's value only in the master; others read as empty.
        cells[col - 1] = cell.isMerged && cell.master !== cell ? null : plainValue(cell.value);
      });
      if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== '')) {
        rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? null) });
        if (++total > limits.max_rows + 1) throw tooManyRows(file, sheet.name, limits);
      }
    });
    tables.push({ file, sheet: sheet.name, hidden: sheet.state !== 'visible', rows });
  });
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
