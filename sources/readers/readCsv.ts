import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { KenesError } from '../KenesError.ts';
import { decodeText } from './decodeText.ts';
import type { Table } from './Table.ts';

/**
 * A CSV register as one table. The delimiter is sniffed (`,` from most tools,
 * `;` from Russian Excel, tab from copy-paste); quoted fields may span lines.
 */
export async function readCsv(path: string): Promise<Table[]> {
  const file = basename(path);
  const text = decodeText(await readFile(path), file);
  if (text.trim() === '') {
    throw new KenesError('read.emptyFile', 'the file is empty', { location: { file } });
  }
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new KenesError('read.badCsv', `unreadable CSV: ${fatal.message}`, {
      location: { file, row: (fatal.row ?? 0) + 1 },
    });
  }
  const rows = parsed.data
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return [{ file, sheet: null, hidden: false, rows }];
}
