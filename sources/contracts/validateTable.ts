/**
 * One table checked against one register's contract: find the header row
 * (it may sit below title rows, and the table may start in column B or C),
 * map headers to columns, coerce every row with the zod schema. Good rows keep
 * their provenance; each problem becomes a reject with file, sheet, row,
 * column and the value as given. Nothing is dropped silently: columns the
 * contract does not know are kept in `extra` — all but a running-number
 * column (`№ п/п`: 1, 2, 3… down the table), which says nothing about the
 * record and would only differ between two exports of the same register.
 */
import { KenesError } from '../KenesError.ts';
import type { Table, TableRow } from '../readers/Table.ts';
import { cellText } from './columnTypes.ts';
import type { ContractContext, Register } from './defineRegister.ts';
import { BARE_NUMBER, isRunningNumber, normalizeHeader } from './normalizeHeader.ts';

export interface ValidRow {
  values: Record<string, unknown>;
  extra: Record<string, string> | null;
  /** Spreadsheet row for registers; null for rows read from a document. */
  sourceRow: number | null;
  /** Text line for rows read from a document (protocol, report); null for registers. */
  sourceLine?: number | null;
}

export interface Reject {
  register: string;
  source_file: string;
  source_sheet: string | null;
  source_row: number | null;
  source_line?: number | null;
  column_name: string | null;
  value: string | null;
  reason: string;
}

export interface ValidatedTable {
  register: Register;
  file: string;
  sheet: string | null;
  headerRow: number;
  /** The header row as read: which file column feeds which contract column (registers; not documents). */
  header?: Header;
  rows: ValidRow[];
  rejects: Reject[];
}

/** How far down a title block may push the header. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * `checkKeys: false` leaves repeated keys to the caller (the bulk loader,
 * which checks some of a file's records here and the rest in SQL).
 */
export function validateTable(table: Table, register: Register, ctx: ContractContext, options: { checkKeys?: boolean } = {}): ValidatedTable {
  const header = withUnlabelledRunningNumbers(findHeader(table, register), table);
  const schema = register.schema(ctx);
  const rows: ValidRow[] = [];
  const rejects: Reject[] = [];
  const seenKeys = new Map<string, number>();
  const reject = (row: number, column: string | null, value: unknown, reason: string) =>
    rejects.push({
      register: register.id, source_file: table.file, source_sheet: table.sheet, source_row: row,
      column_name: column, value: cellText(value), reason,
    });

  for (const { row, cells } of table.rows) {
    if (row <= header.row) continue;
    // Every column present, so a short row reads as empty cells rather than missing keys.
    const input: Record<string, unknown> = Object.fromEntries(Object.keys(register.columns).map((c) => [c, null]));
    const extra: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const column = header.columns[i];
      if (column) input[column] = cell;
      else if (!header.ignored[i] && cellText(cell) !== null) extra[header.labels[i] || `column ${i + 1}`] = cellText(cell)!;
    });
    for (const [name, spec] of Object.entries(register.columns)) {
      if (spec.defaultFrom !== undefined && cellText(input[name]) === null) input[name] = input[spec.defaultFrom];
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        reject(row, headerLabel(header, column), input[column], issue.message);
      }
      continue;
    }
    if (options.checkKeys !== false) {
      const key = register.key.map((k) => String(parsed.data[k] ?? '')).join('\u0001');
      const firstRow = seenKeys.get(key);
      if (firstRow !== undefined) {
        reject(row, headerLabel(header, register.key[0]), input[register.key[0]], duplicateReason(register, firstRow));
        continue;
      }
      seenKeys.set(key, row);
    }
    rows.push({ values: parsed.data, extra: Object.keys(extra).length ? extra : null, sourceRow: row });
  }
  return { register, file: table.file, sheet: table.sheet, headerRow: header.row, header, rows, rejects };
}

/** The reason a record repeating an earlier good record's key is refused. */
export function duplicateReason(register: Register, firstRow: number): string {
  return `duplicate ${register.key.join(' + ')}: the same as row ${firstRow}`;
}

export interface Header {
  /** The header's last row: the data start below it. */
  row: number;
  /** Its first row: the same as `row`, or the row above for a header in two rows (groups over sub-headers). */
  top: number;
  /** Column index → canonical column (undefined for unknown headers). */
  columns: (string | undefined)[];
  labels: string[];
  /** Column index → a running-number column (`№ п/п`), read past: neither a column nor `extra`. */
  ignored: boolean[];
  /** Contract columns found. */
  found: number;
  /** Every required column found. */
  complete: boolean;
}

function headerLabel(header: Header, column: string): string {
  const i = header.columns.indexOf(column);
  return i >= 0 && header.labels[i] ? header.labels[i] : column;
}

/** One row read as a header of `register`. */
export function readHeaderRow(register: Register, row: number, cells: readonly unknown[]): Header {
  const labels = Array.from(cells, (c) => cellText(c) ?? '');
  const keys = labels.map((l) => (l ? normalizeHeader(l) : ''));
  const columns = labels.map((l) => (l ? register.matchHeader(l) ?? undefined : undefined));
  const ignored = keys.map((k) => isRunningNumber(k));
  // A bare "№" is the id only where no other header names that column ("№ | № обращения"):
  // otherwise it is the running number. The same column twice otherwise keeps the first; the second is extra.
  const named = new Set(columns.filter((c, i) => c && keys[i] !== BARE_NUMBER));
  const seen = new Set<string>();
  columns.forEach((c, i) => {
    if (ignored[i]) columns[i] = undefined;
    else if (keys[i] === BARE_NUMBER && (!c || named.has(c))) {
      columns[i] = undefined;
      ignored[i] = true;
    } else if (c && seen.has(c)) columns[i] = undefined;
    else if (c) seen.add(c);
  });
  const complete = Object.entries(register.columns).every(([name, c]) => !c.required || seen.has(name) || (c.defaultFrom !== undefined && seen.has(c.defaultFrom)));
  return { row, top: row, columns, labels, ignored, found: seen.size, complete };
}

/**
 * The header of `register` in the first rows of a table, or null: the row
 * that names most of its columns, ties going to a row with every required
 * column, then to the higher row. A row with a single filled cell is a title
 * (a merged cell above the table), never the header. A header may take two
 * rows: a group over its sub-headers (`Дата` over `поступления | ответа`,
 * `Голосование` over `за | против | воздержались`).
 */
export function locateHeader(table: Table, register: Register): Header | null {
  let best: Header | null = null;
  const rows = table.rows.slice(0, HEADER_SEARCH_ROWS);
  rows.forEach(({ row, cells }, i) => {
    if (cells.filter((c) => cellText(c) !== null).length < 2) return;
    const single = readHeaderRow(register, row, cells);
    if (single.found === 0) return;
    const header = withSubHeaders(register, single, rows[i + 1]) ?? single;
    if (!best || header.found > best.found || (header.found === best.found && header.complete && !best.complete)) best = header;
  });
  return best;
}

/**
 * The header with the row below read as its sub-headers, or null when that
 * row is not one. It is one when every filled cell of it names a column,
 * alone (`За`) or after its group — the nearest label above it, to the left
 * (`Дата` + `поступления`) — and together the two rows name more columns than
 * the first alone. A data row does not pass: its cells are values, not names.
 */
function withSubHeaders(register: Register, header: Header, below: TableRow | undefined): Header | null {
  if (!below || below.row !== header.row + 1) return null;
  const subs = Array.from(below.cells, (c) => cellText(c) ?? '');
  if (!subs.some(Boolean)) return null;
  const labels = [...header.labels];
  let group = '';
  for (let i = 0; i < Math.max(labels.length, subs.length); i++) {
    if (header.labels[i]) group = header.labels[i];
    if (!subs[i]) continue;
    const grouped = group ? `${group} ${subs[i]}` : '';
    const label = grouped && register.matchHeader(grouped) ? grouped : register.matchHeader(subs[i]) ? subs[i] : null;
    if (label === null) return null;
    labels[i] = label;
  }
  const merged = readHeaderRow(register, below.row, labels);
  return merged.found > header.found ? { ...merged, top: header.row } : null;
}

/**
 * A column with no header whose values are 1, 2, 3… down the table is a
 * running number too (its `№` lost to a merged title or never written):
 * read past like `№ п/п`, not kept in `extra` as "column 1".
 */
function withUnlabelledRunningNumbers(header: Header, table: Table): Header {
  const data = table.rows.filter((r) => r.row > header.row);
  const ignored = header.ignored.map((ignore, i) => {
    if (ignore || header.labels[i] || header.columns[i]) return ignore;
    const values = data.map((r) => cellText(r.cells[i])).filter((v) => v !== null);
    return values.length >= 2 && values.every((v, k) => v === String(k + 1));
  });
  return { ...header, ignored };
}

function findHeader(table: Table, register: Register): Header {
  const best = locateHeader(table, register);
  const where = { file: table.file, sheet: table.sheet ?? undefined };
  if (!best) {
    throw new KenesError('ingest.noHeader', `no header row of the ${register.id} register found in the first ${HEADER_SEARCH_ROWS} rows`, {
      location: where,
      hint: `Expected headers such as: ${Object.keys(register.columns).join(', ')}.`,
    });
  }
  const found = new Set(best.columns.filter(Boolean));
  const missing = Object.entries(register.columns)
    .filter(([name, c]) => c.required && !found.has(name) && !(c.defaultFrom !== undefined && found.has(c.defaultFrom))).map(([n]) => n);
  if (missing.length > 0) {
    throw new KenesError('ingest.missingColumn', `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the ${register.id} header`, {
      location: { ...where, row: best.row },
      hint: `Headers found: ${best.labels.filter(Boolean).join(', ')}.`,
    });
  }
  return best;
}
