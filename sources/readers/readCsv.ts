import { basename } from 'node:path';
import Papa from 'papaparse';
import { KenesError } from '../KenesError.ts';
import { decodeText } from './decodeText.ts';
import { readBytes, sniffFormat } from './readBytes.ts';
import { DEFAULT_LIMITS, tooManyRows, type ReadLimits } from './readLimits.ts';
import type { Table } from './Table.ts';

/**
 * A CSV register as one table. The delimiter is sniffed (`,` from most tools,
 * `;` from Russian Excel, tab from copy-paste); quoted fields may span lines.
 * A workbook or a binary file with a `.csv` name is refused with what it is.
 */
export async function readCsv(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table[]> {
  const file = basename(path);
  const bytes = await readBytes(path, file);
  const format = sniffFormat(bytes);
  if (format === 'zip' || format === 'ole2') {
    throw new KenesError('read.notCsv', `this is an Excel workbook (${format === 'zip' ? '.xlsx' : '.xls'}), not a CSV file`, {
      location: { file }, hint: format === 'zip' ? 'Rename it to .xlsx, or save it from Excel as CSV.' : 'Open it in Excel and save it as .xlsx or CSV.',
    });
  }
  if (format === 'pdf') {
    throw new KenesError('read.binaryFile', 'this is a PDF, not a CSV file', { location: { file }, hint: 'Registers are .xlsx or .csv files.' });
  }
  const text = decodeText(bytes, file);
  if (text.trim() === '') {
    throw new KenesError('read.emptyFile', 'the file is empty', { location: { file } });
  }
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
    // One row more than allowed is enough to know the limit is passed, without parsing the rest.
    preview: limits.max_rows + 2,
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    const row = (fatal.row ?? 0) + 1;
    throw new KenesError('read.badCsv', fatal.code === 'MissingQuotes'
      ? 'a quoted field is never closed (a " without its closing ")'
      : `unreadable CSV: ${fatal.message}`, {
      location: { file, row },
      hint: 'Fix the quotes on that row, or save the file again from Excel.',
    });
  }
  const rows = parsed.data
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  // The header is one of the rows; what counts against the limit is the data.
  if (rows.length > limits.max_rows + 1) throw tooManyRows(file, null, limits);
  return [{ file, sheet: null, hidden: false, rows }];
}
