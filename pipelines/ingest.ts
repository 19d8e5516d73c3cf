/**
 * `kenes ingest`: files → raw tables, one transaction per batch. Every file is
 * read and checked before anything is written, so a file that cannot be read
 * leaves the database as it was. Re-ingesting a file replaces the rows it
 * loaded before (matched by file name), so nothing is ever counted twice.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { dateValue, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';
import type { ContractContext, Register } from '../sources/contracts/defineRegister.ts';
import { rowsFromProtocol, rowsFromReport, type DocumentIssue, type NameReview } from '../sources/contracts/rowsFromDocument.ts';
import { detectDocumentKind, type DocumentKind } from '../sources/extract/detectDocumentKind.ts';
import type { MemberRef } from '../sources/extract/resolveMember.ts';
import { recognizeTable } from '../sources/contracts/recognizeTable.ts';
import { findRegister, REGISTERS } from '../sources/contracts/registers.ts';
import { sqlString } from '../sources/contracts/contractSql.ts';
import { PROVENANCE_COLUMNS, rawTableName } from '../sources/contracts/rawTableSql.ts';
import { validateTable, type Reject, type ValidatedTable } from '../sources/contracts/validateTable.ts';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import type { ReadLimits } from '../sources/readers/readLimits.ts';
import { readTables } from '../sources/readers/readTables.ts';
import type { Table } from '../sources/readers/Table.ts';
import type { Config } from './config.ts';
import { inTransaction, insertRows, queryRows, queryValue, run, type Db } from './db.ts';
import { ensureSchema } from './ensureSchema.ts';
import { dropStaged, loadStaged, stageCsv, type StagedCsv } from './bulkLoadCsv.ts';
import type { Progress } from './progress.ts';
import { injectFault } from './faultInjection.ts';
import { insertRejects } from './insertRejects.ts';
import type { Logger } from './Logger.ts';

export interface IngestOptions {
  config: Config;
  logger: Logger;
  /** Treat every file as this register instead of recognising it by name. */
  register?: string;
  /** Treat every document (.txt, .docx) as this kind instead of recognising it from its text. */
  document?: DocumentKind;
  /** Bars for large files (the CLI passes a terminal one). */
  progress?: Progress;
  /** CSV files from this size are read by DuckDB (bulkLoadCsv.ts); default BULK_THRESHOLD_BYTES. */
  bulkThresholdBytes?: number;
}

export interface IngestedTable {
  file: string;
  sheet: string | null;
  register: string;
  loaded: number;
  rejected: number;
}

export interface IngestResult {
  batchId: number;
  tables: IngestedTable[];
  rejects: Reject[];
  /** Document files: what the extractor noticed, and names to review. */
  documents: { file: string; kind: DocumentKind; issues: DocumentIssue[]; reviews: NameReview[] }[];
}

interface PreparedFile {
  file: string;
  hash: string;
  tables: ValidatedTable[];
  /** A large CSV read and checked by DuckDB into temp tables (bulkLoadCsv.ts). */
  staged?: StagedCsv[];
  document?: { kind: DocumentKind; issues: DocumentIssue[]; reviews: NameReview[] };
}

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.docx']);

export async function ingestFiles(db: Db, paths: string[], options: IngestOptions): Promise<IngestResult> {
  const forced = options.register ? findRegister(options.register) : undefined;
  if (options.register && !forced) {
    throw new KenesError('ingest.unknownRegister', `unknown register "${options.register}"`, {
      exitCode: EXIT_USAGE, hint: `Registers: ${REGISTERS.map((r) => r.id).join(', ')}.`,
    });
  }
  const ctx: ContractContext = { commissions: options.config.commissions.map((c) => c.id), values: options.config.values, timezone: options.config.timezone };
  const names = paths.map((p) => basename(p));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    throw new KenesError('ingest.duplicateFileName', 'two files with the same name in one batch', {
      location: { file: duplicate }, exitCode: EXIT_USAGE,
      hint: 'A file is identified by its name; re-ingesting a name replaces its rows. Rename one of them.',
    });
  }

  await ensureSchema(db);
  const prepared: PreparedFile[] = [];
  try {
    return await prepareAndWrite(db, paths, forced, ctx, options, prepared);
  } finally {
    // The bulk path's temp tables and copies, whether the batch landed or not.
    for (const staged of prepared.flatMap((p) => p.staged ?? [])) await dropStaged(db, staged);
  }
}

async function prepareAndWrite(db: Db, paths: string[], forced: Register | undefined, ctx: ContractContext, options: IngestOptions,
  prepared: PreparedFile[]): Promise<IngestResult> {
  // Read and check everything first: a failure here has written nothing.
  // Registers before documents, so a protocol's names can match members loaded in the same batch.
  const isDocument = (p: string) => DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase());
  for (const path of paths.filter((p) => !isDocument(p))) {
    const staged = await stageCsv(db, path, { ctx, forced, thresholdBytes: options.bulkThresholdBytes, progress: options.progress, limits: options.config.limits });
    prepared.push(staged ? { file: staged.file, hash: staged.hash, tables: [], staged: [staged] } : await prepareFile(path, forced, ctx, options.logger, options.config.limits));
  }
  const documents = paths.filter(isDocument);
  if (documents.length > 0) {
    const members = await knownMembers(db, prepared);
    for (const path of documents) prepared.push(await prepareDocument(path, options.document, members, ctx, options.config.limits));
  }

  return inTransaction(db, async () => {
    const batchId = ((await queryValue<number | null>(db, 'select max(batch_id) from batches')) ?? 0) + 1;
    const result: IngestResult = { batchId, tables: [], rejects: [], documents: [] };
    let rowsWritten = 0; // for the test-only fault hook (faultInjection.ts)
    // Every earlier row of these files goes, in one script (which takes no bound parameters: names go in quoted).
    await run(db, prepared.flatMap((file) => [...REGISTERS.map(rawTableName), 'rejects', 'document_issues', 'name_review']
      .map((table) => `delete from ${table} where source_file = ${sqlString(file.file)}`)).join(';\n'));
    const batchRows: DuckDBValue[][] = [];
    for (const file of prepared) {
      for (const table of file.tables) {
        await appendRows(db, table, batchId);
        await injectFault(rowsWritten += table.rows.length);
        result.tables.push({ file: file.file, sheet: table.sheet, register: table.register.id, loaded: table.rows.length, rejected: rejectedRows(table) });
        result.rejects.push(...table.rejects);
      }
      for (const staged of file.staged ?? []) {
        await loadStaged(db, staged, batchId);
        file.hash = staged.hash; // hashed while DuckDB wrote the rows
        await injectFault(rowsWritten += staged.loaded);
        result.tables.push({ file: file.file, sheet: null, register: staged.register.id, loaded: staged.loaded, rejected: staged.rejected });
        result.rejects.push(...staged.rejects);
      }
      // The batch record sums what this file's tables reported above, whichever path read them.
      const mine = result.tables.filter((t) => t.file === file.file);
      batchRows.push([batchId, file.file, file.hash, [...new Set(mine.map((t) => t.register))].join(','),
        mine.reduce((n, t) => n + t.loaded, 0), mine.reduce((n, t) => n + t.rejected, 0)]);
      if (file.document) {
        const { issues, reviews } = file.document;
        await insertRows(db, 'document_issues', issues.map((i) => [batchId, file.file, i.source_line, i.message]),
          ['batch_id', 'source_file', 'source_line', 'message']);
        await insertRows(db, 'name_review', reviews.map((r) => [batchId, file.file, r.source_line, r.name, r.resolution, r.candidates]),
          ['batch_id', 'source_file', 'source_line', 'name', 'resolution', 'candidates']);
        result.documents.push({ file: file.file, ...file.document });
      }
    }
    // The JS path's rejects, every file's at once (the bulk path has written its own).
    await insertRejects(db, batchId, prepared.flatMap((file) => file.tables.flatMap((t) => t.rejects)));
    await insertRows(db, 'batches', batchRows, ['batch_id', 'source_file', 'file_hash', 'registers', 'rows_loaded', 'rows_rejected']);
    return result;
  });
}

/** Rows refused, counted once however many of their cells were wrong. */
function rejectedRows(table: ValidatedTable): number {
  return new Set(table.rejects.map((r) => `${r.source_row}:${r.source_line}`)).size;
}

/** Members a document's names are matched against: the database's, as this batch will leave them. */
async function knownMembers(db: Db, prepared: PreparedFile[]): Promise<MemberRef[]> {
  const replaced = new Set(prepared.map((p) => p.file));
  const stored = (await queryRows(db, 'select member_id, full_name, source_file from raw_members')).filter((m) => !replaced.has(String(m.source_file)));
  const fresh = prepared.flatMap((p) => p.tables.filter((t) => t.register.id === 'members').flatMap((t) => t.rows.map((r) => r.values)));
  return [...stored, ...fresh].map((m) => ({ member_id: String(m.member_id), full_name: String(m.full_name) }));
}

async function prepareDocument(path: string, forced: DocumentKind | undefined, members: MemberRef[], ctx: ContractContext, limits: ReadLimits): Promise<PreparedFile> {
  const [{ readDocumentText }, { parseProtocol }, { parseReport }] = await Promise.all([
    import('../sources/readers/readDocumentText.ts'),
    import('../sources/extract/parseProtocol.ts'),
    import('../sources/extract/parseReport.ts'),
  ]);
  const file = basename(path);
  const text = await readDocumentText(path, limits);
  const hash = createHash('sha256').update(await readFile(path)).digest('hex');
  const kind = forced ?? detectDocumentKind(text);
  const rows = kind === 'protocol' ? rowsFromProtocol(parseProtocol(text), file, members, ctx) : rowsFromReport(parseReport(text), file, ctx);
  return { file, hash, tables: rows.tables, document: { kind, issues: rows.issues, reviews: rows.reviews } };
}

async function prepareFile(path: string, forced: Register | undefined, ctx: ContractContext, logger: Logger, limits: ReadLimits): Promise<PreparedFile> {
  const file = basename(path);
  const tables = await readTables(path, limits);
  const hash = createHash('sha256').update(await readFile(path)).digest('hex');
  const validated: ValidatedTable[] = [];
  for (const table of tables) {
    const register = forced ?? registerOf(table, tables);
    if (!register) {
      if (table.rows.length > 0) logger.warn(`${file}${table.sheet ? `:${table.sheet}` : ''} — not a known register; skipped`);
      continue;
    }
    if (table.hidden && !forced) {
      logger.warn(`${file}:${table.sheet} — hidden sheet skipped`);
      continue;
    }
    validated.push(validateTable(table, register, ctx));
    if (forced) break;
  }
  if (validated.length === 0) {
    throw new KenesError('ingest.unknownRegister', 'no register recognised in this file', {
      location: { file },
      hint: `Name the file or sheet after its register (e.g. appeals.csv, a sheet "Обращения") or pass --register. Registers: ${REGISTERS.map((r) => r.id).join(', ')}.`,
    });
  }
  return { file, hash, tables: validated };
}

/** The register a table holds: by its sheet or file name, else by its header (recognizeTable.ts). */
function registerOf(table: Table, all: Table[]): Register | undefined {
  return recognizeTable(table, all);
}

const DAY_MS = 86_400_000;

async function appendRows(db: Db, table: ValidatedTable, batchId: number): Promise<void> {
  const columns = Object.keys(table.register.columns);
  const appender = await db.connection.createAppender(rawTableName(table.register));
  try {
    for (const row of table.rows) {
      for (const column of columns) appendTyped(appender, table.register.sqlType(column), row.values[column]);
      appender.appendVarchar(table.file);
      appendTyped(appender, 'varchar', table.sheet);
      appendTyped(appender, 'integer', row.sourceRow);
      appendTyped(appender, 'integer', row.sourceLine ?? null);
      appender.appendInteger(batchId);
      appendTyped(appender, 'varchar', row.extra ? JSON.stringify(row.extra) : null);
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
  void PROVENANCE_COLUMNS; // the appended order above follows PROVENANCE_COLUMNS
}

function appendTyped(appender: DuckDBAppender, sqlType: string, value: unknown): void {
  if (value === null || value === undefined) return appender.appendNull();
  switch (sqlType) {
    case 'integer': return appender.appendInteger(value as number);
    case 'double': return appender.appendDouble(value as number);
    case 'boolean': return appender.appendBoolean(value as boolean);
    case 'date': return appender.appendDate(dateValue(Math.round(Date.parse(`${value}T00:00:00Z`) / DAY_MS)));
    default: return appender.appendVarchar(String(value));
  }
}
