import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { EXIT_USAGE, KenesError } from '../KenesError.ts';
import { readCsv } from './readCsv.ts';
import { checkFileSize, DEFAULT_LIMITS, type ReadLimits } from './readLimits.ts';
import { readXlsx } from './readXlsx.ts';
import type { Table } from './Table.ts';

/** A register file (.csv, .xlsx) as tables, whatever its format; files past the limits are refused unread. */
export async function readTables(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Table[]> {
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) {
    throw new KenesError('read.notFound', info ? 'not a file' : 'no such file', { location: { file: path }, exitCode: EXIT_USAGE });
  }
  if (info.size === 0) throw new KenesError('read.emptyFile', 'the file is empty', { location: { file } });
  await checkFileSize(path, file, limits);
  switch (extname(path).toLowerCase()) {
    case '.csv':
    case '.tsv':
      return readCsv(path, limits);
    case '.xlsx':
    case '.xlsm':
      return readXlsx(path, limits);
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
