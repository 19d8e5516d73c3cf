import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { EXIT_USAGE, KenesError } from '../KenesError.ts';
import { readCsv } from './readCsv.ts';
import { readXlsx } from './readXlsx.ts';
import type { Table } from './Table.ts';

/** A register file (.csv, .xlsx) as tables, whatever its format. */
export async function readTables(path: string): Promise<Table[]> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) {
    throw new KenesError('read.notFound', 'no such file', { location: { file: path }, exitCode: EXIT_USAGE });
  }
  if (info.size === 0) throw new KenesError('read.emptyFile', 'the file is empty', { location: { file } });
  switch (extname(path).toLowerCase()) {
    case '.csv':
    case '.tsv':
      return readCsv(path);
    case '.xlsx':
    case '.xlsm':
      return readXlsx(path);
    case '.xls':
      throw new KenesError('read.unsupported', 'old Excel .xls files are not supported', {
        location: { file },
        hint: 'Open it in Excel and save as .xlsx.',
      });
    default:
      throw new KenesError('read.unsupported', `unsupported file type "${extname(path)}"`, {
        location: { file },
        hint: 'Registers are .xlsx or .csv files.',
      });
  }
}
