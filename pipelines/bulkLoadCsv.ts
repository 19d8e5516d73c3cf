/**
 * The bulk path of `kenes ingest` for large CSV registers: DuckDB's own
 * `read_csv` reads every cell as text, and SQL generated from the register's
 * contract (sources/contracts/contractSql.ts) types and checks it, in one pass
 * straight into the raw table — several times faster than parsing in
 * JavaScript. The small decisions are made in JS on the file's bytes
 * (encoding, delimiter, which row is the header, which column is which) with
 * the same code the JS path uses, so the two paths give the same raw rows and
 * the same rejects (tests/integration/bulkLoad.test.ts).
 *
 * Files the bulk path would read differently from the JS path — blank lines
 * (DuckDB skips them, which would shift row numbers), lone carriage returns,
 * UTF-16, binary data, two unknown columns with one header — make `stageCsv`
 * return null, and go the JS way.
 *
 * `stageCsv` only reads (in JS). `loadStaged` is the write, run inside
 * ingest's batch transaction: every record after the header goes into the raw
 * table in one INSERT … SELECT, a record with a refused cell carrying the
 * text of its checked cells in `extra` under UNCLEAN_KEY; then the reasons are
 * worked out for those few, they and later repeats of a key go to rejects and
 * leave the raw table — all before the transaction commits, so no marked row
 * is ever seen.
 */
import { randomUUID } from 'node:crypto';
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
import { queryRows, quoteIdent, run, type Db } from './db.ts';
import { runWithProgress, silentProgress, type Progress } from './progress.ts';

/** Files from this size go the bulk way; below it the JS path is as fast and simpler. */
export const BULK_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** How much of the file the sniffing reads: enough for a title block and the header. */
const HEAD_BYTES = 256 * 1024;
const HEAD_ROWS = 40;
/** Cells a row may have past the widest of the first rows; they are kept in `extra`, as the JS path keeps them. */
const SPARE_COLUMNS = 8;
/** Key in `extra` of a record with a refused cell, between the insert and the clean-up of one transaction. */
const UNCLEAN_KEY = '__kenes_unclean__';

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
  path: string;
  register: Register;
  ctx: ContractContext;
  limits?: ReadLimits;
  /** sha256 of the file's bytes, as the batches table records it; set by loadStaged (worked out meanwhile). */
  hash: string;
  pendingHash: Promise<string>;
  sniffed: Sniffed;
  /** Filled in by loadStaged. */
  loaded: number;
  rejected: number;
  rejects: Reject[];
}

interface Sniffed {
  hash: Promise<string>;
  /** A UTF-8 file DuckDB can read: the original, or a transcoded temp copy. */
  path: string;
  temp: string | null;
  delimiter: string;
  crlf: boolean;
  /** A non-breaking or other Unicode space somewhere in the file: cells need the full trim test. */
  unicodeSpaces: boolean;
  headerRow: number;
  /** Per file column: the contract column it feeds, or its header label (kept in `extra`). */
  columns: { column: string | null; label: string }[];
}

let stageCounter = 0;

/**
 * Decides whether a CSV goes the bulk way and how DuckDB is to read it; null
 * when the file is small, not a CSV, or one the bulk path cannot read exactly
 * as the JS path does. Reads the file, writes nothing (`db` is not touched).
 */
export async function stageCsv(_db: Db, path: string, options: BulkOptions): Promise<StagedCsv | null> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.tsv') return null;
  const file = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size < (options.thresholdBytes ?? BULK_THRESHOLD_BYTES)) return null;
  const register = options.forced ?? recognizeRegister(file);
  // Members registers are small, and a document in the same batch matches names against them in memory.
  if (!register || register.id === 'members') return null;
  // A repeated key is reported with the cell as written; the raw table keeps only the typed value,
  // which is the same text only for a text key (media's platform, a stated figure's date are not).
  if (register.columns[register.key[0]].type !== 'text') return null;
  if (options.limits) await checkFileSize(path, file, options.limits);
  const sniffed = await sniffCsv(path, file, register, options.ctx);
  if (!sniffed) return null;
  return {
    file, path, register, ctx: options.ctx, limits: options.limits, hash: '', pendingHash: sniffed.hash, sniffed,
    loaded: 0, rejected: 0, rejects: [],
  };
}

/** Removes a staged file's temp copy (a transcoded cp1251 file) when it is not loaded after all. */
export async function dropStaged(staged: StagedCsv): Promise<void> {
  if (staged.sniffed.temp) await rm(staged.sniffed.temp, { force: true });
}

/**
 * Loads a staged CSV inside the caller's transaction: rows into the raw table,
 * refused records and repeats into rejects. Fills in loaded, rejected, rejects, hash.
 */
export async function loadStaged(db: Db, staged: StagedCsv, batchId: number, progress: Progress = silentProgress): Promise<void> {
  const { register, sniffed, file } = staged;
  const raw = quoteIdent(rawTableName(register));
  const params = { file, batch: batchId, header: sniffed.headerRow };
  const rejectsTable = `kenes_rejects_${++stageCounter}`;
  try {
    const task = progress.start(`loading ${file}`, 100);
    try {
      await runWithProgress(db, insertSql(register, sniffed, staged.ctx), (p) => task.update(p), params);
    } catch (cause) {
      throw new KenesError('ingest.bulkReadFailed', `DuckDB could not read this CSV: ${(cause as Error).message.split('\n')[0]}`, {
        location: { file }, cause,
        hint: 'Open it in Excel and save it again as CSV (UTF-8), or split it into smaller files (they are read the other way).',
      });
    } finally {
      task.stop();
    }
    const [shape] = await queryRows(db, `select count(*) as records,
        count(*) filter (where extra is not null and json_exists(extra, ${sqlString(`$."column ${sniffed.columns.length + SPARE_COLUMNS}"`)})) as too_long
      from ${raw} where source_file = $file and batch_id = $batch`, { file, batch: batchId });
    if (staged.limits && Number(shape.records) > staged.limits.max_rows) throw tooManyRows(file, null, staged.limits);
    if (Number(shape.too_long) > 0) {
      throw new KenesError('ingest.rowTooLong', `a row has more than ${SPARE_COLUMNS} cells past the header`, {
        location: { file }, hint: 'Remove the cells to the right of the table, or save that part as its own register.',
      });
    }
    await run(db, rejectsSql(register, sniffed, staged.ctx, raw, rejectsTable), { file, batch: batchId });
    await run(db, `delete from ${raw} where source_file = $file and batch_id = $batch
      and source_row in (select source_row from ${quoteIdent(rejectsTable)})`, { file, batch: batchId });
    await run(db,
      `insert into rejects (batch_id, register, source_file, source_sheet, source_row, source_line, column_name, value, reason)
       select $batch, register, source_file, source_sheet, source_row, source_line, column_name, value, reason
       from ${quoteIdent(rejectsTable)} order by source_row, ord`, { batch: batchId });
    staged.rejects = (await queryRows(db, `select * exclude (ord) from ${quoteIdent(rejectsTable)} order by source_row, ord`)).map((r) => ({
      register: String(r.register), source_file: String(r.source_file), source_sheet: null,
      source_row: Number(r.source_row), column_name: r.column_name as string | null, value: r.value as string | null, reason: String(r.reason),
    }));
    staged.rejected = new Set(staged.rejects.map((r) => r.source_row)).size;
    staged.loaded = Number(shape.records) - staged.rejected;
    staged.hash = await staged.pendingHash;
  } finally {
    // After a failure the transaction is aborted and rolls the temp table back with the rest; no drop then.
    await run(db, `drop table if exists ${quoteIdent(rejectsTable)}`).catch(() => {});
    await dropStaged(staged);
  }
}

/** Encoding, delimiter, header and columns, decided on the first bytes the way the JS path decides them. */
export async function sniffCsv(path: string, file: string, register: Register, ctx: ContractContext): Promise<Sniffed | null> {
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
  let unicodeSpaces: boolean;
  if (!utf8) {
    // Windows-1251 (Russian Excel): a UTF-8 copy for DuckDB, as decodeText decodes it for the JS path.
    temp = join(tmpdir(), `kenes-${randomUUID()}.csv`);
    const text = iconv.decode(body, 'win1251');
    unicodeSpaces = UNICODE_SPACE.test(text);
    await writeFile(temp, text, 'utf8');
  } else {
    unicodeSpaces = hasUnicodeSpace(body);
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
  // Hashed on the thread pool while DuckDB reads the file (WebCrypto's digest is asynchronous).
  const hash = crypto.subtle.digest('SHA-256', bytes).then((d) => Buffer.from(d).toString('hex'));
  hash.catch(() => {});
  return { hash, path: temp ?? path, temp, delimiter, crlf, unicodeSpaces, headerRow, columns };
}

/** The Unicode characters JS `\s` and `trim()` know besides ASCII's. */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The same in UTF-8 bytes, found from their lead bytes (0xC2, 0xE1, 0xE2, 0xE3, 0xEF) without decoding the file. */
function hasUnicodeSpace(bytes: Buffer): boolean {
  const at = (i: number, ...tail: number[]) => tail.every((b, k) => bytes[i + 1 + k] === b);
  for (let i = bytes.indexOf(0xc2); i >= 0; i = bytes.indexOf(0xc2, i + 1)) if (at(i, 0xa0)) return true;
  for (let i = bytes.indexOf(0xe1); i >= 0; i = bytes.indexOf(0xe1, i + 1)) if (at(i, 0x9a, 0x80)) return true;
  for (let i = bytes.indexOf(0xe2); i >= 0; i = bytes.indexOf(0xe2, i + 1)) {
    const [b1, b2] = [bytes[i + 1], bytes[i + 2]];
    if (b1 === 0x80 && ((b2 >= 0x80 && b2 <= 0x8a) || b2 === 0xa8 || b2 === 0xa9 || b2 === 0xaf)) return true;
    if (b1 === 0x81 && b2 === 0x9f) return true;
  }
  for (let i = bytes.indexOf(0xe3); i >= 0; i = bytes.indexOf(0xe3, i + 1)) if (at(i, 0x80, 0x80)) return true;
  for (let i = bytes.indexOf(0xef); i >= 0; i = bytes.indexOf(0xef, i + 1)) if (at(i, 0xbb, 0xbf)) return true;
  return false;
}

function hasLoneCr(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1)) {
    if (bytes[i + 1] !== 0x0a) return true;
  }
  return false;
}

/** Columns whose cell can be refused for its content (all but plain text): their text is kept for the check. */
function checkedColumns(register: Register): string[] {
  return Object.entries(register.columns).filter(([, spec]) => spec.type !== 'text').map(([name]) => name);
}

/** Every checked cell typed (or empty), every required value there: plain column tests, no reason worked out. */
function cellsClean(register: Register, v: (name: string) => string, t: (name: string) => string): string {
  const typed = checkedColumns(register).map((name) => `(${v(name)} is not null or ${t(name)} is null)`);
  const required = Object.entries(register.columns).filter(([, spec]) => spec.required).map(([name]) => `${v(name)} is not null`);
  return [...typed, ...required].join(' and ') || 'true';
}

/**
 * The one pass: each record after the header, in file order (row_number over
 * the reader, which DuckDB keeps in file order), typed by the contract's SQL,
 * appended to the raw table. Unknown cells (and cells past the header) go to
 * `extra` as JSON; a record with a refused cell gets the text of its checked
 * cells there instead, under UNCLEAN_KEY, for rejectsSql.
 */
export function insertSql(register: Register, sniffed: Sniffed, ctx: ContractContext): string {
  const width = sniffed.columns.length + SPARE_COLUMNS;
  const all = [...sniffed.columns, ...Array.from({ length: SPARE_COLUMNS }, (_, k) => ({ column: null, label: `column ${sniffed.columns.length + k + 1}` }))];
  const csvColumns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  const reader = `read_csv(${sqlString(sniffed.path)}, auto_detect = false, header = false, delim = ${sqlString(sniffed.delimiter)},
    quote = '"', escape = '"', comment = '', columns = {${csvColumns}}, null_padding = true, strict_mode = false,
    max_line_size = 10000000)`;
  const texts = all.map((_, i) => `${cellTextSql(`c${i}`, { crlf: sniffed.crlf, unicodeSpaces: sniffed.unicodeSpaces })} as t${i}`);
  const textOf = (column: string) => {
    const i = sniffed.columns.findIndex((c) => c.column === column);
    return i >= 0 ? `t${i}` : 'cast(null as varchar)';
  };
  const names = Object.keys(register.columns);
  const checked = checkedColumns(register);
  const v = (name: string) => quoteIdent(`v_${name}`);
  const t = (name: string) => quoteIdent(`t_${name}`);
  const values = Object.entries(register.columns).map(([name, spec]) =>
    `cast(${columnSql(name, spec, textOf(name), v(name), ctx).value} as ${register.sqlType(name)}) as ${v(name)}`);
  const unknown = all.map((c, i) => ({ ...c, i })).filter((c) => !c.column);
  const extra = `case when ${unknown.map((c) => `t${c.i} is null`).join(' and ')} then null else
    '{' || array_to_string(list_filter([${unknown.map((c) => `case when t${c.i} is not null then ${sqlString(JSON.stringify(c.label))} || ':' || cast(to_json(t${c.i}) as varchar) end`).join(', ')}], x -> x is not null), ',') || '}' end`;
  const uncleanJson = `json_object(${sqlString(UNCLEAN_KEY)}, json_object(${checked.map((name) => `${sqlString(name)}, ${t(name)}`).join(', ') || "'none', null"}))`;
  const target = [...names.map(quoteIdent), ...PROVENANCE_COLUMNS.map(([c]) => c)].join(', ');
  return `insert into ${quoteIdent(rawTableName(register))} (${target})
with source as (
    select row_number() over () as record, * from ${reader}
),

texts as (
    select record, ${texts.join(', ')}
    from source
),

typed as (
    select
        record,
        ${[...values, ...checked.map((name) => `${textOf(name)} as ${t(name)}`)].join(',\n        ')},
        ${extra} as extra,
    from texts
    where record > $header and not (${all.map((_, i) => `t${i} is null`).join(' and ')})
),

final as (
    select
        ${names.map((name) => v(name)).join(', ')},
        $file, null, cast(record as integer), null, $batch,
        cast(case when ${cellsClean(register, v, t)} then extra else ${uncleanJson} end as json),
    from typed
)

select * from final`;
}

/**
 * This file's rejects, in the JS path's words and order: each failing cell of a
 * record (in contract column order), then a later record repeating the key of
 * an earlier good one. Reads this batch's rows of the file back from the raw
 * table; reasons are worked out on the marked records alone.
 */
function rejectsSql(register: Register, sniffed: Sniffed, ctx: ContractContext, raw: string, rejectsTable: string): string {
  const names = Object.keys(register.columns);
  const checked = new Set(checkedColumns(register));
  const label = (column: string) => sniffed.columns.find((c) => c.column === column)?.label ?? column;
  const textOf = (name: string) => (checked.has(name) ? `(unclean ->> ${sqlString(name)})` : 'cast(null as varchar)');
  const cells = names.flatMap((name, ord) => {
    const spec = register.columns[name];
    if (!checked.has(name) && !spec.required) return [];
    const v = quoteIdent(name);
    const error = columnSql(name, spec, textOf(name), v, ctx).error;
    return [`
    select source_row, ${ord} as ord, ${sqlString(label(name))} as column_name, ${textOf(name)} as value, ${error} as reason
    from unclean_records
    where ${v} is null and (${spec.required ? 'true' : `${textOf(name)} is not null`})`];
  });
  const key = register.key.map((k) => quoteIdent(k));
  return `create temp table ${quoteIdent(rejectsTable)} as
with mine as (
    select * from ${raw} where source_file = $file and batch_id = $batch
),

unclean_records as (
    select *, extra -> ${sqlString(UNCLEAN_KEY)} as unclean
    from mine
    where extra is not null and json_exists(extra, ${sqlString(`$.${UNCLEAN_KEY}`)})
),

clean_records as (
    select * from mine
    where extra is null or not json_exists(extra, ${sqlString(`$.${UNCLEAN_KEY}`)})
),

repeated_keys as (
    select ${key.join(', ')}, min(source_row) as first_row
    from clean_records
    group by all
    having count(*) > 1
),

repeats as (
    select clean_records.source_row, ${names.length} as ord, ${sqlString(label(register.key[0]))} as column_name,
        cast(clean_records.${key[0]} as varchar) as value,
        ${sqlString(`duplicate ${register.key.join(' + ')}: the same as row `)} || repeated_keys.first_row as reason
    from clean_records
    join repeated_keys on ${register.key.map((k) => `clean_records.${quoteIdent(k)} is not distinct from repeated_keys.${quoteIdent(k)}`).join(' and ')}
    where clean_records.source_row <> repeated_keys.first_row
)

select ${sqlString(register.id)} as register, $file as source_file, cast(null as varchar) as source_sheet,
    cast(source_row as integer) as source_row, cast(null as integer) as source_line, column_name, value, reason, ord
from (${[...cells, `
    select source_row, ord, column_name, value, reason from repeats`].join('\n    union all')}
)`;
}
