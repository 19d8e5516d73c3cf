import { basename } from 'node:path';
import { KenesError } from '../KenesError.ts';
import type { Table, TableRow } from './Table.ts';

/**
 * Every sheet of a workbook as a table of plain cell values. Formulas give
 * their cached result (the value the person saw), rich text its plain text,
 * hyperlinks their text; hidden sheets are flagged so ingest can skip them.
 */
export async function readXlsx(path: string): Promise<Table[]> {
  const file = basename(path);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (cause) {
    throw new KenesError('read.badXlsx', `not a readable .xlsx workbook (${(cause as Error).message})`, {
      location: { file },
      hint: 'Open it in Excel and save it again as .xlsx.',
      cause,
    });
  }
  const tables: Table[] = [];
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
      }
    });
    tables.push({ file, sheet: sheet.name, hidden: sheet.state !== 'visible', rows });
  });
  return tables;
}

function plainValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  const v = value as Record<string, unknown>;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(v.result ?? null);
  if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((p) => p.text).join('');
  if ('text' in v) return plainValue(v.text);
  if ('error' in v) return null;
  return String(value);
}
