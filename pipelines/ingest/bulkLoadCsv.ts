/**
 * The bulk path of `kenes ingest` for large CSV registers: DuckDB's own
 * `read_csv` reads every cell as text, on every core, and SQL generated from
 * the register's contract (sources/contracts/contractSql.ts) types it — several
 * times faster than parsing in JavaScript. The small decisions are made in JS
 * on the file's bytes (encoding, delimiter, which row is the header, which
 * column is which, which register a file named anything holds) with the same
 * code the JS path uses. SQL reads the common forms of each value; the records
 * it leaves unclean are checked by the JS path's own validateTable, which
 * reads the rare forms (a date in words, a time with a zone) back into the
 * stage and words the reasons for the rest, so the two paths give the same raw
 * rows and the same rejects (tests/integration/bulkLoad.test.ts).
 *
 * Files the bulk path would read differently from the JS path — blank lines
 * (DuckDB skips them, which would shift row numbers), lone carriage returns,
 * UTF-16, binary data, two unknown columns with one header — make `stageCsv`
 * return null, and go the JS way.
 *
 * `stageCsv` reads, before ingest's batch transaction: DuckDB reads and types
 * the whole file into a temp table in one parallel pass (stageSql), the
 * file's size and shape are checked there, and its unclean records are
 * checked by the coercers (checkRefused). `loadStaged` is the write, inside
 * the transaction: the good records, each key once, are appended to the raw
 * table; the refused records and repeats go to rejects. Nothing is written
 * to the raw table only to be taken out again.
 */
import { randomUUID } from 'node:crypto';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { cellTextSql, columnSql, sqlString } from '../../sources/contracts/contractSql.ts';
import type { ContractContext, Register } from '../../sources/contracts/defineRegister.ts';
import { rawTableName, PROVENANCE_COLUMNS } from '../../sources/contracts/rawTableSql.ts';
import { recognizeTable } from '../../sources/contracts/recognizeTable.ts';
import { duplicateReason, validateTable, type Reject } from '../../sources/contracts/validateTable.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { decodeWindows1251 } from '../../sources/readers/decodeText.ts';
import { checkFileSize, tooManyRows, type ReadLimits } from '../../sources/readers/readLimits.ts';
import type { Table } from '../../sources/readers/Table.ts';
import { queryRows, quoteIdent, run, type Db } from '../../workspace/db.ts';
import { insertRejects } from './insertRejects.ts';
import { runWithProgress, silentProgress, type Progress } from '../../workspace/progress.ts';
import { hashFile } from '../../sources/readers/hashFile.ts';
import { scanCsvBytes } from '../../sources/readers/scanCsvBytes.ts';

/** Files from this size go the bulk way; below it the JS path is as fast and simpler. */
export const BULK_THRESHOLD_BYTES = 4 * 1024 * 1024;

/** How much of the file the sniffing reads: enough for a title block and the header. */
const HEAD_BYTES = 256 * 1024;
const HEAD_ROWS = 40;
/** Cells a row may have past the widest of the first rows; they are kept in `extra`, as the JS path keeps them. */
const SPARE_COLUMNS = 8;

export interface BulkOptions {
  /** The file's identity (ingest's fileIdentity): its rows' source_file; default its name. */
  file?: string;
  ctx: ContractContext;
  /** The register named with --register, if any. */
  forced?: Register;
  thresholdBytes?: number;
  progress?: Progress;
  limits?: ReadLimits;
}

export interface StagedCsv {
  file: string;
  register: Register;
  ctx: ContractContext;
  /** The file as given (the stage may have been read from a UTF-8 copy). */
  path: string;
  /** sha256 of the file's bytes, as the batches table records it; set by loadStaged. */
  hash: string;
  sniffed: Sniffed;
  /** The connection's temp tables holding the typed file and, once loaded, its repeated keys. */
  tables: StageTables;
  /** Records of the table (past the header, not all empty). */
  records: number;
  /** Records refused for their cells (checkRefused), before repeats are looked for. */
  refused: Reject[];
  /** Filled in by loadStaged. */
  loaded: number;
  rejected: number;
  rejects: Reject[];
}

interface Sniffed {
  /** The register the file holds: --register's, or recognised by name or header as the JS path does. */
  register: Register;
  /** A UTF-8 file DuckDB can read: the original, or a transcoded temp copy. */
  path: string;
  temp: string | null;
  delimiter: string;
  crlf: boolean;
  /** A non-breaking or other Unicode space somewhere in the file: cells need the full trim test. */
  unicodeSpaces: boolean;
  /** The ASCII spaces a cell of this file may start or end with (scanCsvBytes). */
  edgeSpaces: string[];
  headerRow: number;
  /** Per file column: the contract column it feeds, or its header label (kept in `extra` unless `ignored`: a running number). */
  columns: { column: string | null; label: string; ignored: boolean }[];
}

interface StageTables {
  stage: string;
  repeats: string;
}

let stageCounter = 0;

/**
 * Decides whether a CSV goes the bulk way and, if so, reads and types it into
 * a temp table of the connection (stageSql), checking its size and shape; null
 * when the file is small, not a CSV, or one the bulk path cannot read exactly
 * as the JS path does. Runs before ingest's transaction — the temp table's
 * rowids are record numbers only once it is committed — and writes nothing to
 * the workspace's tables. A staged file that is not loaded after all is
 * released with dropStaged.
 */
export async function stageCsv(db: Db, path: string, options: BulkOptions): Promise<StagedCsv | null> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.csv' && ext !== '.tsv') return null;
  const file = options.file ?? basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile() || info.size < (options.thresholdBytes ?? BULK_THRESHOLD_BYTES)) return null;
  if (options.limits) await checkFileSize(path, file, options.limits);
  const sniffed = await sniffCsv(path, file, options.forced, options.ctx);
  if (!sniffed) return null;
  const { register } = sniffed;
  const id = ++stageCounter;
  const staged: StagedCsv = {
    file, register, ctx: options.ctx, path, hash: '', sniffed,
    tables: { stage: quoteIdent(`kenes_stage_${id}`), repeats: quoteIdent(`kenes_repeats_${id}`) },
    records: 0, refused: [], loaded: 0, rejected: 0, rejects: [],
  };
  try {
    await readStage(db, staged, options.progress ?? silentProgress);
    const key = register.key[0];
    const [shape] = await queryRows(db, `select count(*) filter (where ${isRecord()}) as records,
        count(*) filter (where ${isRecord()} and too_long) as too_long,
        count(*) filter (where rowid = $header - 1 and ${value(key)} = $label) as header_in_place
      from ${staged.tables.stage}`, { header: sniffed.headerRow, label: sniffed.columns.find((c) => c.column === key)?.label ?? '' });
    // Record numbers are rowids: were the table ever filled out of the file's order, this is where it shows.
    if (Number(shape.header_in_place) !== 1) {
      throw new KenesError('ingest.bulkOrderLost', 'DuckDB did not keep the rows of this CSV in file order', {
        location: { file, row: sniffed.headerRow },
        hint: 'This is a bug in kenes; please report it. Splitting the file into files under 4 MB reads it the other way.',
      });
    }
    staged.records = Number(shape.records);
    if (options.limits && staged.records > options.limits.max_rows) throw tooManyRows(file, null, options.limits);
    if (Number(shape.too_long) > 0) {
      throw new KenesError('ingest.rowTooLong', `a row has more than ${SPARE_COLUMNS} cells past the header`, {
        location: { file }, hint: 'Remove the cells to the right of the table, or save that part as its own register.',
      });
    }
    staged.refused = await checkRefused(db, staged);
    return staged;
  } catch (error) {
    await dropStaged(db, staged);
    throw error;
  }
}

/**
 * Runs stageSql: first strictly, with a column per header cell — most files
 * are that regular, and the reader is fastest so — then, if DuckDB refuses
 * the file, leniently, with spare columns for cells past the header.
 */
async function readStage(db: Db, staged: StagedCsv, progress: Progress): Promise<void> {
  const task = progress.start(`reading ${staged.file}`, 100);
  const read = (spare: number) =>
    runWithProgress(db, stageSql(staged.register, staged.sniffed, staged.ctx, staged.tables.stage, spare), (p) => task.update(p));
  try {
    await read(0).catch(() => read(SPARE_COLUMNS));
  } catch (cause) {
    throw new KenesError('ingest.bulkReadFailed', `DuckDB could not read this CSV: ${(cause as Error).message.split('\n')[0]}`, {
      location: { file: staged.file }, cause,
      hint: 'Open it in Excel and save it again as CSV (UTF-8), or split it into smaller files (they are read the other way).',
    });
  } finally {
    task.stop();
  }
}

/** Drops a staged file's temp tables and temp copy (a transcoded cp1251 file). */
export async function dropStaged(db: Db, staged: StagedCsv): Promise<void> {
  for (const table of Object.values(staged.tables)) await run(db, `drop table if exists ${table}`).catch(() => {});
  if (staged.sniffed.temp) await rm(staged.sniffed.temp, { force: true });
}

/**
 * Loads a staged CSV inside the caller's transaction: the good records, each
 * key once, into the raw table; refused records and repeats into rejects.
 * Fills in loaded, rejected, rejects, hash. The caller drops the stage after
 * the transaction (dropStaged).
 */
export async function loadStaged(db: Db, staged: StagedCsv, batchId: number): Promise<void> {
  const { register, sniffed, file, tables } = staged;
  const header = sniffed.headerRow;
  await run(db, repeatsSql(register, tables), { header });
  const repeats = await repeatedRecords(db, staged);
  // Hashed on the main thread while DuckDB writes the rows, which waits on the disk more than on the CPU.
  const hashing = hashFile(staged.path);
  hashing.catch(() => {});
  await run(db, 'set preserve_insertion_order = false');
  try {
    await run(db, rawInsertSql(register, tables, repeats.length > 0), { header, file, batch: batchId });
  } finally {
    await run(db, 'reset preserve_insertion_order');
  }
  staged.hash = await hashing;
  staged.rejects = [...staged.refused, ...repeats]
    .sort((a, b) => (a.source_row ?? 0) - (b.source_row ?? 0));
  await insertRejects(db, batchId, staged.rejects);
  staged.rejected = new Set(staged.rejects.map((r) => r.source_row)).size;
  staged.loaded = staged.records - staged.rejected;
}

/**
 * The records SQL found unclean, read back as text and checked by
 * validateTable, the one place reasons are worded. The SQL twin reads the
 * common forms only (a fast path); a record the TypeScript coercers accept
 * after all — a date written `12 марта 2025`, a time with a zone, a count
 * written `12'500` — has its typed values written into the stage and counts
 * as clean, so both paths load the same rows. The others are returned as
 * rejects. Repeated keys are left to repeatsSql, over all clean records.
 */
async function checkRefused(db: Db, staged: StagedCsv): Promise<Reject[]> {
  const { register, sniffed, file, tables } = staged;
  const checked = checkedColumns(register);
  const checkedSet = new Set(checked);
  const cells = sniffed.columns.map((c) => (!c.column ? 'null' : checkedSet.has(c.column) ? text(c.column) : value(c.column)));
  const records = await db.connection.runAndReadAll(
    `select rowid + 1, ${cells.join(', ')} from ${tables.stage} where ${isRecord()} and not clean order by rowid`, { header: sniffed.headerRow });
  if (records.currentRowCount === 0) return [];
  const rows = records.getRowsJS().map(([row, ...values]) => ({ row: Number(row), cells: values as (string | null)[] }));
  const table: Table = { file, sheet: null, hidden: false, rows: [{ row: sniffed.headerRow, cells: sniffed.columns.map((c) => c.label) }, ...rows] };
  const result = validateTable(table, register, staged.ctx, { checkKeys: false });
  if (result.rows.length > 0) {
    // One statement for all of them: the typed values travel as JSON text, cast to each column's type.
    const rescued = result.rows.map((r) => Object.fromEntries([['rid', (r.sourceRow ?? 0) - 1],
      ...checked.map((name, i) => [`c${i}`, r.values[name] === null || r.values[name] === undefined ? null : String(r.values[name])])]));
    const shape = JSON.stringify(Object.fromEntries([['rid', 'BIGINT'], ...checked.map((_, i) => [`c${i}`, 'VARCHAR'])]));
    await run(db, `update ${tables.stage} as stage
      set ${[...checked.map((name, i) => `${value(name)} = cast(rescued.r.c${i} as ${register.sqlType(name)})`), 'clean = true'].join(', ')}
      from (select unnest(from_json($rescued, ${sqlString(`[${shape}]`)})) as r) as rescued
      where stage.rowid = rescued.r.rid`, { rescued: JSON.stringify(rescued) });
  }
  return result.rejects;
}

/** The repeats as rejects, in the JS path's words. */
async function repeatedRecords(db: Db, staged: StagedCsv): Promise<Reject[]> {
  const { register, sniffed, file, tables } = staged;
  const rows = await queryRows(db, `select repeat_rowid + 1 as source_row, first_rowid + 1 as first_row, key_text from ${tables.repeats}`);
  const column = sniffed.columns.find((c) => c.column === register.key[0])?.label ?? register.key[0];
  return rows.map((r) => ({
    register: register.id, source_file: file, source_sheet: null, source_row: Number(r.source_row),
    column_name: column, value: r.key_text as string, reason: duplicateReason(register, Number(r.first_row)),
  }));
}

/** Encoding, delimiter, header and columns, decided on the first bytes the way the JS path decides them. */
export async function sniffCsv(path: string, file: string, forced: Register | undefined, ctx: ContractContext): Promise<Sniffed | null> {
  const scan = await scanCsvBytes(path, HEAD_BYTES);
  // UTF-16 and binary data: the JS path decodes or refuses them with its own message. Blank lines and
  // lone carriage returns: DuckDB would skip or split records where papaparse counts them.
  if (scan.binary || scan.irregularLines) return null;
  const { utf8, crlf, edgeSpaces } = scan;
  const headBytes = scan.head;
  const headText = (utf8 ? new TextDecoder('utf-8').decode(headBytes) : iconv.decode(Buffer.from(headBytes), 'win1251')).replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(headText, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false, preview: HEAD_ROWS });
  const delimiter = parsed.meta.delimiter;
  if (parsed.errors.some((e) => e.type === 'Quotes') || delimiter.length !== 1) return null;
  const rows = parsed.data.map((cells, i) => ({ row: i + 1, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  const head: Table = { file, sheet: null, hidden: false, rows };
  // The register as the JS path recognises it: by name, else by header (its refusals included).
  const register = forced ?? recognizeTable(head);
  // Members registers are small, and a document in the same batch matches names against them in memory.
  if (!register || register.id === 'members') return null;
  // A repeated key is reported with the cell as written; the raw table keeps only the typed value,
  // which is the same text only for a text key (media's platform, a stated figure's date are not).
  if (register.columns[register.key[0]].type !== 'text') return null;
  // The JS path's own header search and its errors (no header, a missing required column).
  const { headerRow, header } = validateTable(head, register, ctx);
  // A header in two rows (groups over sub-headers): the stage's order check reads the key's label on one row.
  if (header && header.top !== header.row) return null;
  // An unlabelled running number is told by the whole column, which only the JS path reads whole.
  if (header?.ignored.some((ignore, i) => ignore && !header.labels[i])) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => ({
    column: header?.columns[i] ?? null,
    label: header?.labels[i] || `column ${i + 1}`,
    ignored: header?.ignored[i] ?? false,
  }));
  const extraLabels = columns.filter((c) => !c.column && !c.ignored).map((c) => c.label);
  // Two unknown columns with one label: JS keeps the last value under the first key; not worth mimicking.
  if (new Set(extraLabels).size !== extraLabels.length) return null;
  let temp: string | null = null;
  let unicodeSpaces = scan.unicodeSpaces;
  if (!utf8) {
    // Windows-1251 (Russian Excel): a UTF-8 copy for DuckDB, as decodeText decodes it for the JS path.
    const bytes = await readFile(path);
    temp = join(tmpdir(), `kenes-${randomUUID()}.csv`);
    const text = decodeWindows1251(scan.bom ? bytes.subarray(3) : bytes, file);
    unicodeSpaces = UNICODE_SPACE.test(text);
    await writeFile(temp, text, 'utf8');
  }
  return { register, path: temp ?? path, temp, delimiter, crlf, unicodeSpaces, edgeSpaces, headerRow, columns };
}

/** The Unicode characters JS `\s` and `trim()` know besides ASCII's. */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

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

/** A stage row that is a record of the table: past the header row, not all empty. rowid + 1 is its record number in the file. */
const isRecord = (table = '') => `${table}rowid >= $header and not ${table}blank`;

const value = (name: string) => quoteIdent(`v_${name}`);
const text = (name: string) => quoteIdent(`t_${name}`);

/**
 * The one pass over the file: DuckDB reads every record as text, in parallel,
 * and the contract's SQL types each cell, into a temp table. Created in one
 * statement from the reader, the table keeps the file's order, so a row's
 * rowid is its record number less one — no window over the reader, which
 * would read it on one thread. Beside each typed value (`v_`) sits the text
 * of every checked cell (`t_`), for the reasons of the few refused ones;
 * unknown cells (and cells past the header) go to `extra` as JSON, as the JS
 * path keeps them.
 */
export function stageSql(register: Register, sniffed: Sniffed, ctx: ContractContext, stage: string, spare: number): string {
  const width = sniffed.columns.length + spare;
  const all = [...sniffed.columns, ...Array.from({ length: spare }, (_, k) => ({ column: null, label: `column ${sniffed.columns.length + k + 1}`, ignored: false }))];
  const csvColumns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
  // Without spare columns the reader is strict: a record with more cells than the header, or a line over
  // DuckDB's default 2 MB, fails the read. (A larger max_line_size makes DuckDB read the file on one thread.)
  const reader = `read_csv(${sqlString(sniffed.path)}, auto_detect = false, header = false, delim = ${sqlString(sniffed.delimiter)},
    quote = '"', escape = '"', comment = '', columns = {${csvColumns}}, null_padding = true, strict_mode = ${spare === 0}
    ${spare === 0 ? '' : ', max_line_size = 10000000'})`;
  const texts = all.map((_, i) => `${cellTextSql(`c${i}`, { crlf: sniffed.crlf, unicodeSpaces: sniffed.unicodeSpaces, edgeSpaces: sniffed.edgeSpaces })} as t${i}`);
  const textOf = (column: string) => {
    const i = sniffed.columns.findIndex((c) => c.column === column);
    return i >= 0 ? `t${i}` : 'cast(null as varchar)';
  };
  const checked = checkedColumns(register);
  const values = Object.entries(register.columnsFor(ctx)).map(([name, spec]) =>
    `cast(${columnSql(spec, textOf(name), ctx)} as ${register.sqlType(name)}) as ${value(name)}`);
  const unknown = all.map((c, i) => ({ ...c, i })).filter((c) => !c.column && !c.ignored);
  const extra = unknown.length === 0 ? 'null' : `case when ${unknown.map((c) => `t${c.i} is null`).join(' and ')} then null else
    '{' || array_to_string(list_filter([${unknown.map((c) => `case when t${c.i} is not null then ${sqlString(JSON.stringify(c.label))} || ':' || cast(to_json(t${c.i}) as varchar) end`).join(', ')}], x -> x is not null), ',') || '}' end`;
  return `create temp table ${stage} as
with texts as (
    select ${texts.join(', ')}
    from ${reader}
),

typed as (
    select
        ${[...values, ...checked.map((name) => `${textOf(name)} as ${text(name)}`)].join(',\n        ')},
        cast(${extra} as json) as extra,
        ${all.map((_, i) => `t${i} is null`).join(' and ')} as blank,
        ${spare > 0 ? `t${width - 1} is not null` : 'false'} as too_long
    from texts
),

checked as (
    select *, ${cellsClean(register, value, text)} as clean
    from typed
)

-- The checked cells' text is kept for refused records only: the others never need it.
select ${[...Object.keys(register.columns).map(value), ...checked.map((name) => `case when not clean then ${text(name)} end as ${text(name)}`)].join(', ')},
    extra, blank, too_long, clean
from checked`;
}

/**
 * The good records repeating the key of an earlier good record of the file:
 * each with the first record's rowid and its key as written. Usually none.
 */
function repeatsSql(register: Register, tables: StageTables): string {
  const key = register.key.map(value);
  return `create temp table ${tables.repeats} as
with first_records as (
    select ${key.join(', ')}, min(rowid) as first_rowid
    from ${tables.stage}
    where ${isRecord()} and clean
    group by all
    having count(*) > 1
)

select stage.rowid as repeat_rowid, first_records.first_rowid, stage.${key[0]} as key_text
from ${tables.stage} as stage
join first_records on ${key.map((k) => `stage.${k} is not distinct from first_records.${k}`).join(' and ')}
where ${isRecord('stage.')} and stage.clean and stage.rowid <> first_records.first_rowid`;
}

/**
 * The good records, each key once, into the raw table with their provenance.
 * Their order in the table is free (each carries its row number), so DuckDB
 * may write them on every thread — which is why the caller lifts
 * preserve_insertion_order around this statement.
 */
function rawInsertSql(register: Register, tables: StageTables, withRepeats: boolean): string {
  const columns = Object.keys(register.columns);
  const target = [...columns.map(quoteIdent), ...PROVENANCE_COLUMNS.map(([c]) => c)].join(', ');
  return `insert into ${quoteIdent(rawTableName(register))} (${target})
select ${columns.map(value).join(', ')}, $file, null, cast(rowid + 1 as integer), null, $batch, extra
from ${tables.stage}
where ${isRecord()} and clean${withRepeats ? `
    and rowid not in (select repeat_rowid from ${tables.repeats})` : ''}`;
}
