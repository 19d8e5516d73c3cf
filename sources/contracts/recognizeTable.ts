/**
 * Which register a table (a CSV file or a sheet) holds, from its name when the
 * name says, else from what it holds: the header row. A sheet is known by its
 * own name; a workbook's lone visible sheet also by the file's name. When the
 * name says nothing, every register is scored by how many of its columns a
 * header row within the first rows names, counting only registers whose
 * required columns are all there. Two registers that fit equally, or a name
 * that says one register while the header is another's, are refused with
 * both named — kenes does not guess which a table is (`--register` decides).
 */
import { basename } from 'node:path';
import { KenesError } from '../KenesError.ts';
import type { Table } from '../readers/Table.ts';
import type { Register } from './defineRegister.ts';
import { REGISTERS, registersNamedBy } from './registers.ts';
import { locateHeader } from './validateTable.ts';

/** How many of a register's columns a row must name to be taken for its header when no name says which register. */
const MIN_HEADER_COLUMNS = 2;

export function recognizeTable(table: Table, all: readonly Table[] = [table]): Register | undefined {
  const named = namedRegisters(table, all);
  // A hidden sheet is taken only by name (ingest skips hidden sheets unless --register says otherwise).
  if (table.hidden) return named.length === 1 ? named[0] : undefined;
  const fits = REGISTERS.map((register) => ({ register, header: locateHeader(table, register) }))
    // Two columns at least: one cell naming one column is a word in a text (a template's instructions
    // list `full_name` on its own row), not a register's header.
    .filter((f) => f.header?.complete && f.header.found >= MIN_HEADER_COLUMNS)
    .map((f) => ({ register: f.register, found: f.header!.found }));
  const where = { file: table.file, sheet: table.sheet ?? undefined };
  if (named.length === 1) {
    const [register] = named;
    // A header that fits no register is the named register's (validateTable says which column is missing).
    if (fits.length === 0 || fits.some((f) => f.register === register)) return register;
    const other = best(fits)[0].register;
    throw new KenesError('ingest.registerMismatch', `the name says ${register.id} but the header is that of the ${other.id} register`, {
      location: where, hint: `Pass --register ${other.id} (or --register ${register.id}), or rename the ${table.sheet ? 'sheet' : 'file'}.`,
    });
  }
  const pool = named.length > 1 ? fits.filter((f) => named.includes(f.register)) : fits;
  if (pool.length === 0) {
    if (named.length > 1) throw ambiguous(where, named.map((r) => r.id), 'the name names', ', and the header fits neither');
    return undefined;
  }
  const top = best(pool);
  if (top.length > 1) throw ambiguous(where, top.map((f) => f.register.id), 'the header fits', ` (${top[0].found} columns each)`);
  return top[0].register;
}

/** The registers the table's name stands for: a sheet's own name, or the file's for a CSV or a lone sheet. */
function namedRegisters(table: Table, all: readonly Table[]): Register[] {
  if (!table.sheet) return registersNamedBy(basename(table.file));
  const bySheet = registersNamedBy(table.sheet);
  if (bySheet.length > 0) return bySheet;
  const visible = all.filter((t) => !t.hidden && t.rows.length > 0);
  return visible.length === 1 && visible[0] === table ? registersNamedBy(basename(table.file)) : [];
}

/** The fits with the most columns found. */
function best<T extends { found: number }>(fits: T[]): T[] {
  const most = Math.max(...fits.map((f) => f.found));
  return fits.filter((f) => f.found === most);
}

function ambiguous(where: { file: string; sheet?: string }, ids: string[], lead: string, tail = ''): KenesError {
  const [a, b] = ids;
  const more = ids.length > 2 ? ` (and ${ids.slice(2).join(', ')})` : '';
  return new KenesError('ingest.ambiguousRegister', `${lead} both the ${a} and the ${b} register${more}${tail}`, {
    location: where, hint: `Pass --register ${a} or --register ${b}, or name the ${where.sheet ? 'sheet' : 'file'} after its register.`,
  });
}
