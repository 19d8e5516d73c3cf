/**
 * One table checked against one register's contract: find the header row
 * (it may sit below a title), map headers to columns, coerce every row with
 * the zod schema. Good rows keep their provenance; each problem becomes a
 * reject with file, sheet, row, column and the value as given. Nothing is
 * dropped silently: columns the contract does not know are kept in `extra`.
 */
import { KenesError } from '../KenesError.ts';
import type { Table } from '../readers/Table.ts';
import { cellText } from './columnTypes.ts';
import type { ContractContext, Register } from './defineRegister.ts';

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
  rows: ValidRow[];
  rejects: Reject[];
}

/** How far down a title block may push the header. */
const HEADER_SEARCH_ROWS = 15;

export function validateTable(table: Table, register: Register, ctx: ContractContext): ValidatedTable {
  const header = findHeader(table, register);
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
      else if (cellText(cell) !== null) extra[header.labels[i] || `column ${i + 1}`] = cellText(cell)!;
    });
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        reject(row, headerLabel(header, column), input[column], issue.message);
      }
      continue;
    }
    const key = register.key.map((k) => String(parsed.data[k] ?? '')).join('\u0001');
    const firstRow = seenKeys.get(key);
    if (firstRow !== undefined) {
      reject(row, headerLabel(header, register.key[0]), input[register.key[0]], duplicateReason(register, firstRow));
      continue;
    }
    seenKeys.set(key, row);
    rows.push({ values: parsed.data, extra: Object.keys(extra).length ? extra : null, sourceRow: row });
  }
  return { register, file: table.file, sheet: table.sheet, headerRow: header.row, rows, rejects };
}

/** The reason a record repeating an earlier good record's key is refused. */
export function duplicateReason(register: Register, firstRow: number): string {
  return `duplicate ${register.key.join(' + ')}: the same as row ${firstRow}`;
}

interface Header {
  row: number;
  /** Column index → canonical column (undefined for unknown headers). */
  columns: (string | undefined)[];
  labels: string[];
}

function headerLabel(header: Header, column: string): string {
  const i = header.columns.indexOf(column);
  return i >= 0 && header.labels[i] ? header.labels[i] : column;
}

function findHeader(table: Table, register: Register): Header {
  let best: Header | null = null;
  let bestCount = 0;
  for (const { row, cells } of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const labels = cells.map((c) => cellText(c) ?? '');
    const columns = labels.map((l) => (l ? register.matchHeader(l) ?? undefined : undefined));
    // The same column twice (e.g. two "Дата" columns) keeps the first; the second is extra.
    const seen = new Set<string>();
    columns.forEach((c, i) => { if (c && seen.has(c)) columns[i] = undefined; else if (c) seen.add(c); });
    if (seen.size > bestCount) {
      best = { row, columns, labels };
      bestCount = seen.size;
    }
  }
  const where = { file: table.file, sheet: table.sheet ?? undefined };
  if (!best) {
    throw new KenesError('ingest.noHeader', `no header row of the ${register.id} register found in the first ${HEADER_SEARCH_ROWS} rows`, {
      location: where,
      hint: `Expected headers such as: ${Object.keys(register.columns).join(', ')}.`,
    });
  }
  const found = new Set(best.columns.filter(Boolean));
  const missing = Object.entries(register.columns).filter(([name, c]) => c.required && !found.has(name)).map(([n]) => n);
  if (missing.length > 0) {
    throw new KenesError('ingest.missingColumn', `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} in the ${register.id} header`, {
      location: { ...where, row: best.row },
      hint: `Headers found: ${best.labels.filter(Boolean).join(', ')}.`,
    });
  }
  return best;
}
