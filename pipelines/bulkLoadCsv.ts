/**
 * The bulk path of `kenes ingest` for large CSV registers: DuckDB's own
 * `read_csv` reads every cell as text, and SQL generated from the register's
 * contract (sources/contracts/contractSql.ts) types and checks it — about five
 * times faster than parsing in JavaScript. The small decisions are made in JS
 * on the first bytes (encoding, delimiter, which row is the header, which
 * column is which), with the same code the JS path uses, so the two paths give
 * the same raw rows and the same rejects (tests/integration/bulkLoad.test.ts).
 *
 * Files the bulk path would read differently from the JS path — blank lines
 * (DuckDB skips them, which would shift row numbers), rows longer than any in
 * the first lines, UTF-16, binary data — return null and go the JS way.
 *
 * `stageCsv` only reads: it leaves temp tables with typed rows and rejects.
 * `loadStaged` is the write, run inside ingest's batch transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { cellText } from '../sources/contracts/columnTypes.ts';
import { cellTextSql, columnSql, sqlString } from '../sources/contracts/contractSql.ts';
import type { ContractContext, Register } from '../sources/contracts/defineRegister.ts';
import { rawTableName, PROVENANCE_COLUMNS } from '../sources/contracts/rawTableSql.ts';
import { recognizeRegister } from '../sources/contracts/registers.ts';
import { validateTable, type Reject } from '../sources/contracts/validateTable.ts';
import { KenesError } from '../sources/KenesError.ts';
import { checkFileSize, tooManyRows, type ReadLimits } from '../sources/readers/readLimits.ts';
import type { Table } from '../sources/readers/Table.ts';
import { queryRows, queryValue, quoteIdent, run, type Db, type Params } from './db.ts';
import { silentProgress, type Progress } from './progress.ts';

/** Files from this size go the bulk way; below it the JS path is as fast and simpler. */
export const BULK_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** How much of the file the sniffing reads: enough for a title block and the header. */
const HEAD_BYTES = 256 * 1024;
const HEAD_ROWS = 40;

export interface BulkOptions {
  ctx: ContractContext;
  /** The register named with --register, if any. */
  forced?: Register;
  thresholdBytes?: number;
  progress?: Progress;
  limits?: ReadLimits;
}

export interface StagedCsv {
  file: string;
  /** sha256 of the file's bytes, as the batches table records it. */
  hash: string;
  register: Register;
  /** Temp table of every record (rowid + 1 is the record number the JS path reports). */
  table: string;
  /** Temp table of this file's rejects, in the rejects table's shape. */
  rejectsTable: string;
  headerRow: number;
  loaded: number;
  rejected: number;
  rejects: Reject[];
}

interface Sniffed {
  hash: string;
  /** A UTF-8 file DuckDB can read: the original, or a transcoded temp copy. */
  path: string;
  temp: string | null;
  delimiter: string;
  crlf: boolean;
  headerRow: number;
  /** Per file column: the contract column it feeds, or its header label (kept in `extra`). */
  columns: { column: string | null; label: string }[];
}

let stageCounter = 0;

/**
 * Reads and checks a large CSV into temp tables; null when the file is small,
 * not a CSV, or one the bulk path cannot read exactly as the JS path does.
 */
export async function stageCsv(db: Db, path: string, options: BulkOptions): Promise<StagedCsv | null> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.tsv') return null;
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size < (options.thresholdBytes ?? BULK_THRESHOLD_BYTES)) return null;
  const register = options.forced ?? recognizeRegister(file);
  // Members registers are small, and a document in the same batch matches names against them in memory.
  if (!register || register.id === 'members') return null;

  if (options.limits) await checkFileSize(path, file, options.limits);
  const sniffed = await sniffCsv(path, file, register, options.ctx);
  if (!sniffed) return null;
  const progress = options.progress ?? silentProgress;
  const id = ++stageCounter;
  const table = `kenes_stage_${id}`;
  const rejectsTable = `kenes_stage_${id}_rejects`;
  try {
    const task = progress.start(`reading ${file}`, 100);
    try {
      await runWithProgress(db, stagingSql(register, sniffed, options.ctx, table), (p) => task.update(p));
    } finally {
      task.stop();
    }
    // A row longer than the header and the first rows: its extra cells would be dropped; let the JS path keep them.
    if (await queryValue<boolean>(db, `select coalesce(bool_or(overflow), false) from ${quoteIdent(table)}`)) {
      await dropStaged(db, table, rejectsTable);
      return null;
    }
    const records = await queryValue<number>(db, `select count(*) from ${quoteIdent(table)} where not blank`);
    if (options.limits && records > options.limits.max_rows) throw tooManyRows(file, null, options.limits);
    await run(db, rejectsSql(register, sniffed, table, rejectsTable), { file, header: sniffed.headerRow });
    const rejects = (await queryRows(db, `select * exclude (ord) from ${quoteIdent(rejectsTable)} order by source_row, ord`)).map((r) => ({
      register: String(r.register), source_file: String(r.source_file), source_sheet: null,
      source_row: Number(r.source_row), column_name: r.column_name as string | null, value: r.value as string | null, reason: String(r.reason),
    }));
    const loaded = await queryValue<number>(db, `select count(*) from ${quoteIdent(table)} where ${goodRows(table, rejectsTable)}`, { header: sniffed.headerRow });
    return {
      file, hash: sniffed.hash, register, table, rejectsTable, headerRow: sniffed.headerRow, loaded,
      rejected: new Set(rejects.map((r) => r.source_row)).size, rejects,
    };
  } catch (error) {
    await dropStaged(db, table, rejectsTable);
    // DuckDB could not read what papaparse can (an odd quote, say): the JS path reads it, or names the error.
    if (isReadError(error)) return null;
    throw error;
  } finally {
    if (sniffed.temp) await rm(sniffed.temp, { force: true });
  }
}

/** Appends the staged rows and rejects (inside the caller's transaction), then drops the temp tables. */
export async function loadStaged(db: Db, staged: StagedCsv, batchId: number, progress: Progress = silentProgress): Promise<void> {
  const columns = Object.keys(staged.register.columns);
  const target = [...columns.map(quoteIdent), ...PROVENANCE_COLUMNS.map(([c]) => c)].join(', ');
  const values = [...columns.map((c) => quoteIdent(`v_${c}`)), '$file', 'null', 'rowid + 1', 'null', '$batch', 'extra'].join(', ');
  const task = progress.start(`loading ${staged.file}`, 100);
  try {
    await runWithProgress(db,
      `insert into ${quoteIdent(rawTableName(staged.register))} (${target})
       select ${values} from ${quoteIdent(staged.table)} where ${goodRows(staged.table, staged.rejectsTable)}`,
      (p) => task.update(p), { file: staged.file, batch: batchId, header: staged.headerRow });
  } finally {
    task.stop();
  }
  await run(db,
    `insert into rejects (batch_id, register, source_file, source_sheet, source_row, source_line, column_name, value, reason)
     select $batch, register, source_file, source_sheet, source_row, source_line, column_name, value, reason
     from ${quoteIdent(staged.rejectsTable)} order by source_row, ord`, { batch: batchId });
  await dropStaged(db, staged.table, staged.rejectsTable);
}

export async function dropStaged(db: Db, table: string, rejectsTable: string): Promise<void> {
  await run(db, `drop table if exists ${quoteIdent(table)}`);
  await run(db, `drop table if exists ${quoteIdent(rejectsTable)}`);
}

/** Records after the header, not blank, without a reject (a duplicate key is one). */
function goodRows(table: string, rejectsTable: string): string {
  return `rowid + 1 > $header and not blank and ok and rowid + 1 not in (select source_row from ${quoteIdent(rejectsTable)})`;
}

function isReadError(error: unknown): boolean {
  if (error instanceof KenesError) return false;
  const message = String((error as Error)?.message ?? error);
  return /CSV|Invalid Input Error|Conversion Error|unicode/i.test(message) && !/Catalog Error|Binder Error/.test(message);
}

/** Runs a statement, reporting DuckDB's own estimate of how far it is (0–100). */
async function runWithProgress(db: Db, sql: string, report: (percent: number) => void, params?: Params): Promise<void> {
  const pending = await db.connection.start(sql, params);
  let lastReport = Date.now();
  // runTask does one slice of work; between slices the bar gets a chance to draw.
  for (;;) {
    const state = pending.runTask();
    if (state === 0 /* RESULT_READY */) break;
    if (Date.now() - lastReport > 100) {
      const percent = db.connection.progress.percentage;
      if (percent >= 0) report(percent);
      lastReport = Date.now();
      await new Promise((r) => setImmediate(r));
    }
    if (state === 3 /* NO_TASKS_AVAILABLE */) await new Promise((r) => setTimeout(r, 5));
  }
  await pending.getResult();
}

/** Encoding, delimiter, header and columns, decided on the first bytes the way the JS path decides them. */
async function sniffCsv(path: string, file: string, register: Register, ctx: ContractContext): Promise<Sniffed | null> {
  const bytes = await readFile(path);
  // UTF-16 and binary data: the JS path decodes or refuses them with its own message.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0)) return null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let end = body.length;
  while (end > 0 && (body[end - 1] === 0x0a || body[end - 1] === 0x0d)) end--;
  // Blank lines and lone carriage returns: DuckDB would skip or split records where papaparse counts them.
  const core = body.subarray(0, end);
  if (core.includes('\n\n') || core.includes('\n\r\n') || core.includes('\r\r') || hasLoneCr(core)) return null;
  const crlf = core.includes(0x0d);

  const utf8 = isUtf8(body);
  let temp: string | null = null;
  if (!utf8) {
    // Windows-1251 (Russian Excel): a UTF-8 copy for DuckDB, as decodeText decodes it for the JS path.
    temp = join(tmpdir(), `kenes-${randomUUID()}.csv`);
    await writeFile(temp, iconv.decode(body, 'win1251'), 'utf8');
  }
  const headBytes = body.subarray(0, Math.min(body.length, HEAD_BYTES));
  const headText = (utf8 ? new TextDecoder('utf-8').decode(headBytes) : iconv.decode(Buffer.from(headBytes), 'win1251')).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(headText, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false, preview: HEAD_ROWS });
  const delimiter = parsed.meta.delimiter;
  if (parsed.errors.some((e) => e.type === 'Quotes') || delimiter.length !== 1) {
    if (temp) await rm(temp, { force: true });
    return null;
  }
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const head: Table = { file, sheet: null, hidden: false, rows };
  // The JS path's own header search and its errors (no header, a missing required column).
  const { headerRow } = validateTable(head, register, ctx);
  const headerCells = rows.find((r) => r.row === headerRow)?.cells ?? [];
  const width = Math.max(...rows.map((r) => r.cells.length));
  const seen = new Set<string>();
  const columns = Array.from({ length: width }, (_, i) => {
    const label = cellText(headerCells[i]) ?? '';
    let column = label ? register.matchHeader(label) : null;
    if (column && seen.has(column)) column = null;
    if (column) seen.add(column);
    return { column, label: label || `column ${i + 1}` };
  });
  const extraLabels = columns.filter((c) => !c.column).map((c) => c.label);
  // Two unknown columns with one label: JS keeps the last value under the first key; not worth mimicking.
  if (new Set(extraLabels).size !== extraLabels.length) {
    if (temp) await rm(temp, { force: true });
    return null;
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { hash, path: temp ?? path, temp, delimiter, crlf, headerRow, columns };
}

function hasLoneCr(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) {
    if (bytes[i + 1] !== 0x0a) return true;
  }
  return false;
}

/**
 * One temp table with a row per CSV record, in file order: each contract
 * column's typed value (`v_…`), its reject reason (`e_…`) and the cell as
 * given when it was rejected (`r_…`), whether the record is blank, whether
 * it has no reject, and its unknown cells as JSON.
 */
function stagingSql(register: Register, sniffed: Sniffed, ctx: ContractContext, table: string): string {
  const width = sniffed.columns.length;
  // One column past the widest row seen: a value there means a longer row further down.
  const csvColumns = Array.from({ length: width + 1 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const reader = `read_csv(${sqlString(sniffed.path)}, auto_detect = false, header = false, delim = ${sqlString(sniffed.delimiter)},
    quote = '"', escape = '"', comment = '', columns = {${csvColumns}}, null_padding = true, strict_mode = false,
    max_line_size = 10000000)`;
  const texts = sniffed.columns.map((_, i) => `${cellTextSql(`c${i}`, { crlf: sniffed.crlf })} as t${i}`);
  const textOf = (column: string) => {
    const i = sniffed.columns.findIndex((c) => c.column === column);
    return i >= 0 ? `t${i}` : 'cast(null as varchar)';
  };
  const fields: string[] = [];
  const errors: string[] = [];
  for (const [name, spec] of Object.entries(register.columns)) {
    const sql = columnSql(name, spec, textOf(name), ctx);
    fields.push(`cast(${sql.value} as ${register.sqlType(name)}) as ${quoteIdent(`v_${name}`)}`);
    fields.push(`${sql.error} as ${quoteIdent(`e_${name}`)}`);
    errors.push(quoteIdent(`e_${name}`));
  }
  const unknown = sniffed.columns.map((c, i) => ({ ...c, i })).filter((c) => !c.column);
  const extra = unknown.length === 0 ? 'cast(null as json)' : `case when ${unknown.map((c) => `t${c.i} is null`).join(' and ')} then null else
    cast('{' || array_to_string(list_filter([${unknown.map((c) => `case when t${c.i} is not null then ${sqlString(JSON.stringify(c.label))} || ':' || cast(to_json(t${c.i}) as varchar) end`).join(', ')}], x -> x is not null), ',') || '}' as json) end`;
  const blank = sniffed.columns.map((_, i) => `t${i} is null`).join(' and ');
  const names = Object.keys(register.columns);
  const keyText = register.columns[register.key[0]].type !== 'text';
  // The cell as given is kept only where a reject will quote it: a failing cell, or a non-text key.
  const given = names.map((name) => `case when ${quoteIdent(`e_${name}`)} is not null${name === register.key[0] && keyText ? ' or true' : ''}
        then ${quoteIdent(`t_${name}`)} end as ${quoteIdent(`r_${name}`)}`);
  return `create temp table ${quoteIdent(table)} as
with source as (
    select * from ${reader}
),

texts as (
    select ${texts.join(', ')}, ${cellTextSql(`c${width}`)} is not null as overflow
    from source
),

typed as (
    select
        ${fields.join(',\n        ')},
        ${names.map((name) => `${textOf(name)} as ${quoteIdent(`t_${name}`)}`).join(', ')},
        ${blank} as blank,
        overflow,
        ${extra} as extra,
    from texts
),

final as (
    select
        * exclude (${names.map((name) => quoteIdent(`t_${name}`)).join(', ')}),
        ${given.join(',\n        ')},
        ${errors.map((e) => `${e} is null`).join(' and ')} as ok,
    from typed
)

select * from final`;
}

/**
 * This file's rejects, in the JS path's words and order: each failing cell of a
 * record after the header (in contract column order), then a later record
 * repeating the key of an earlier good one.
 */
function rejectsSql(register: Register, sniffed: Sniffed, table: string, rejectsTable: string): string {
  const names = Object.keys(register.columns);
  const label = (column: string) => sniffed.columns.find((c) => c.column === column)?.label ?? column;
  const cells = names.map((name, ord) => `
    select rowid + 1 as source_row, ${ord} as ord, ${sqlString(label(name))} as column_name,
        ${textValue(register, name)} as value, ${quoteIdent(`e_${name}`)} as reason
    from ${quoteIdent(table)}
    where rowid + 1 > $header and not blank and ${quoteIdent(`e_${name}`)} is not null`);
  const key = register.key.map((k) => quoteIdent(`v_${k}`));
  const duplicates = `
    select rowid + 1 as source_row, ${names.length} as ord, ${sqlString(label(register.key[0]))} as column_name,
        ${textValue(register, register.key[0])} as value,
        ${sqlString(`duplicate ${register.key.join(' + ')}: the same as row `)} || (min(rowid) over (partition by ${key.join(', ')}) + 1) as reason,
        rowid = min(rowid) over (partition by ${key.join(', ')}) as is_first
    from ${quoteIdent(table)}
    where rowid + 1 > $header and not blank and ok`;
  return `create temp table ${quoteIdent(rejectsTable)} as
select ${sqlString(register.id)} as register, $file as source_file, cast(null as varchar) as source_sheet,
    cast(source_row as integer) as source_row, cast(null as integer) as source_line, column_name, value, reason, ord
from (${cells.join('\n    union all')}
    union all
    select source_row, ord, column_name, value, reason from (${duplicates}) where not is_first
)`;
}

/** The cell as given, for a reject: kept as text for failing cells; a text key is its own value. */
function textValue(register: Register, name: string): string {
  return register.columns[name].type === 'text' ? `coalesce(${quoteIdent(`r_${name}`)}, ${quoteIdent(`v_${name}`)})` : quoteIdent(`r_${name}`);
}
