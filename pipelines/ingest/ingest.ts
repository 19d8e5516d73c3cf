/**
 * `kenes ingest`: files → raw tables, one transaction per batch. Every file is
 * read and checked before anything is written, so a file that cannot be read
 * leaves the database as it was. A file is identified by its path relative to
 * the workspace (fileIdentity.ts): re-ingesting a path replaces the rows it
 * loaded before, two `appeals.csv` in two year folders are two files, and the
 * same bytes under another path are reported by their hash, not counted twice
 * (sameContent.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute } from 'node:path';
import { dateValue, listValue, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';
import type { ContractContext, Register } from '../../sources/contracts/defineRegister.ts';
import { rowsFromProtocol, rowsFromReport, type DocumentIssue, type NameReview } from '../../sources/contracts/rowsFromDocument.ts';
import { detectDocumentKind, type DocumentKind } from '../../sources/extract/detectDocumentKind.ts';
import type { MemberRef } from '../../sources/people/resolveMember.ts';
import { recognizeTable } from '../../sources/contracts/recognizeTable.ts';
import { findRegister, REGISTERS } from '../../sources/contracts/registers.ts';
import { sqlString } from '../../sources/contracts/contractSql.ts';
import { PROVENANCE_COLUMNS, rawTableName } from '../../sources/contracts/rawTableSql.ts';
import { validateTable, type Reject, type ValidatedTable } from '../../sources/contracts/validateTable.ts';
import { EXIT_USAGE, KenesError } from '../../sources/KenesError.ts';
import type { ReadLimits } from '../../sources/readers/readLimits.ts';
import { readTables } from '../../sources/readers/readTables.ts';
import type { Table } from '../../sources/readers/Table.ts';
import type { Config } from '../../workspace/config.ts';
import { inTransaction, insertRows, queryRows, queryValue, run, type Db } from '../../workspace/db.ts';
import { ensureSchema } from '../../workspace/ensureSchema.ts';
import { fileIdentity, pathOfIdentity } from '../../workspace/fileIdentity.ts';
import { judgeContent, verdictReason, type LoadedFile } from './sameContent.ts';
import { dropStaged, loadStaged, stageCsv, type StagedCsv } from './bulkLoadCsv.ts';
import type { Progress } from '../../workspace/progress.ts';
import { injectFault } from './faultInjection.ts';
import { insertRejects } from './insertRejects.ts';
import type { Logger } from '../../workspace/Logger.ts';
import { buildProtocolReview, buildReportReview } from '../review/buildReviewModel.ts';
import { insertDecisions } from '../review/insertDecisions.ts';
import { prepareReview, type PreparedReview } from '../review/prepareReview.ts';
import { reviewMarkerOf } from '../review/readReviewSheet.ts';
import { needsReview, type ReviewModel } from '../review/reviewFormat.ts';

export interface IngestOptions {
  config: Config;
  logger: Logger;
  /** Treat every file as this register instead of recognising it by name. */
  register?: string;
  /** Treat every document (.txt, .docx, .pdf) as this kind instead of recognising it from its text. */
  document?: DocumentKind;
  /** Bars for large files (the CLI passes a terminal one). */
  progress?: Progress;
  /** CSV files from this size are read by DuckDB (bulkLoadCsv.ts); default BULK_THRESHOLD_BYTES. */
  bulkThresholdBytes?: number;
  /**
   * Files are identified by their path relative to this folder (the CLI passes the workspace);
   * without it, by their name, as each file's own folder is the base.
   */
  baseDir?: string;
  /** Files found by walking a folder: one that holds no register is skipped with a note, not an error. */
  optional?: ReadonlySet<string>;
  /** The identity of a file loaded before that the one file of this batch takes the place of (it moved). */
  movedFrom?: string;
}

export interface IngestedReview {
  file: string;
  document: string;
  accepted: number;
  corrected: number;
  rejected: number;
  /** Rows whose decision was refused (in rejects). */
  refused: number;
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
  /**
   * Document files: what the extractor noticed, and names to review; `review`, when something in it
   * needs a person (a candidate, a name not matched to one member, an unclear vote): the review
   * workbook's content, for the caller to write (pipelines/review/writeReviewSheet.ts).
   */
  documents: { file: string; kind: DocumentKind; issues: DocumentIssue[]; reviews: NameReview[]; review?: ReviewModel }[];
  /** Review workbooks loaded: the document each reviewed, and its decisions by kind. */
  reviewed: IngestedReview[];
  /** Files not loaded, each with why: no register in a file found in a folder, the same bytes loaded under another path. */
  skipped: SkippedFile[];
}

interface PreparedFile {
  /** The file's identity (fileIdentity.ts): the source_file of every row it loads. */
  file: string;
  hash: string;
  tables: ValidatedTable[];
  /** A large CSV read and checked by DuckDB into temp tables (bulkLoadCsv.ts). */
  staged?: StagedCsv[];
  document?: { kind: DocumentKind; issues: DocumentIssue[]; reviews: NameReview[]; review?: ReviewModel };
  review?: PreparedReview;
}

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.docx', '.pdf']);

export interface SkippedFile {
  file: string;
  reason: string;
}

export async function ingestFiles(db: Db, paths: string[], options: IngestOptions): Promise<IngestResult> {
  const forced = options.register ? findRegister(options.register) : undefined;
  if (options.register && !forced) {
    // A usage error (exit 1), with a code of its own: ingest.unknownRegister is a file holding no register (a data error, exit 2).
    throw new KenesError('ingest.unknownRegisterOption', `--register "${options.register}" names no register`, {
      exitCode: EXIT_USAGE, hint: `Registers: ${REGISTERS.map((r) => r.id).join(', ')}.`,
    });
  }
  const ctx: ContractContext = { commissions: options.config.commissions.map((c) => c.id), values: options.config.values, timezone: options.config.timezone };
  const idOf = (path: string) => fileIdentity(path, options.baseDir ?? dirname(path));
  const ids = paths.map(idOf);
  const duplicate = ids.find((n, i) => ids.indexOf(n) !== i);
  if (duplicate) {
    throw new KenesError('ingest.duplicateFile', 'the same file twice in one batch', {
      location: { file: duplicate }, exitCode: EXIT_USAGE, hint: 'Name each file once.',
    });
  }
  if (options.movedFrom !== undefined && paths.length !== 1) {
    throw new KenesError('ingest.movedFromOneFile', '--moved-from names the old place of one file: give exactly one file', { exitCode: EXIT_USAGE });
  }

  await ensureSchema(db);
  const prepared: PreparedFile[] = [];
  try {
    return await prepareAndWrite(db, paths, idOf, forced, ctx, options, prepared);
  } finally {
    // The bulk path's temp tables and copies, whether the batch landed or not.
    for (const staged of prepared.flatMap((p) => p.staged ?? [])) await dropStaged(db, staged);
  }
}

async function prepareAndWrite(db: Db, paths: string[], idOf: (path: string) => string, forced: Register | undefined, ctx: ContractContext,
  options: IngestOptions, prepared: PreparedFile[]): Promise<IngestResult> {
  const skipped: SkippedFile[] = [];
  // Read and check everything first: a failure here has written nothing.
  // Registers before documents, so a protocol's names can match members loaded in the same batch.
  const isDocument = (p: string) => DOCUMENT_EXTENSIONS.has(extname(p).toLowerCase());
  // A review workbook (known by its marker, not its name) waits until the registers and documents are read.
  const reviews: { path: string; file: string; tables: Table[] }[] = [];
  for (const path of paths.filter((p) => !isDocument(p))) {
    const file = idOf(path);
    try {
      const staged = await stageCsv(db, path, { file, ctx, forced, thresholdBytes: options.bulkThresholdBytes, progress: options.progress, limits: options.config.limits });
      if (staged) {
        prepared.push({ file, hash: staged.hash, tables: [], staged: [staged] });
        continue;
      }
      // Read and recognised by its name; its rows and messages carry its identity.
      const tables = (await readTables(path, options.config.limits)).map((t) => ({ ...t, file }));
      if (reviewMarkerOf(tables, file)) reviews.push({ path, file, tables });
      else prepared.push(await prepareFile(path, file, tables, forced, ctx, options.logger));
    } catch (error) {
      skipped.push(skippable(error, path, file, options));
    }
  }
  const documents = paths.filter(isDocument);
  if (documents.length > 0) {
    const members = await knownMembers(db, prepared);
    const reviewedBytes = await queryRows(db, 'select distinct document_file, document_hash, source_file from review_decisions order by all');
    for (const path of documents) {
      const file = idOf(path);
      try {
        const document = await prepareDocument(path, file, options.document, members, ctx, options.config.limits);
        // A review of other bytes no longer counts (sql/staging/stg_review_superseded.sql): the document's issues say so.
        for (const r of reviewedBytes.filter((r) => r.document_file === file && r.document_hash !== document.hash)) {
          document.document?.issues.push({
            source_line: 1,
            message: `the review ${String(r.source_file)} was of other bytes of this document; its decisions no longer count — review it again`,
          });
        }
        prepared.push(document);
      } catch (error) {
        skipped.push(skippable(error, path, file, options));
      }
    }
  }
  if (reviews.length > 0) {
    const memberIds = new Set((await knownMembers(db, prepared)).map((m) => m.member_id));
    for (const { path, file, tables } of reviews) {
      try {
        const review = await prepareReview(db, tables, file, { baseDir: options.baseDir ?? dirname(path), memberIds, ctx });
        const hash = createHash('sha256').update(await readFile(path)).digest('hex');
        prepared.push({ file, hash, tables: review.tables, review });
      } catch (error) {
        skipped.push(skippable(error, path, file, options));
      }
    }
  }

  const loaded = await queryRows(db, `select source_file, file_hash, batch_id from batches
    qualify row_number() over (partition by source_file order by batch_id desc) = 1 and note is null`) as unknown as LoadedFile[];
  if (options.movedFrom !== undefined && !loaded.some((l) => l.source_file === options.movedFrom)) {
    throw new KenesError('ingest.movedFromUnknown', `no file ${options.movedFrom} is loaded`, {
      exitCode: EXIT_USAGE, hint: 'Name the old place as kenes listed it (kenes query "select distinct source_file from batches").',
    });
  }
  const legacy = new Set((await queryRows(db, 'select source_file from legacy_files')).map((r) => String(r.source_file)));
  const baseDir = options.baseDir;
  const exists = (id: string) => (baseDir || isAbsolute(id) ? existsSync(pathOfIdentity(id, baseDir ?? '.')) : true);
  const judge = (file: PreparedFile, earlier: PreparedFile[]) => judgeContent({ id: file.file, hash: file.hash },
    loaded.filter((l) => l.source_file !== options.movedFrom && !legacy.has(l.source_file)),
    earlier.filter((p) => p.hash).map((p) => ({ id: p.file, hash: p.hash })), exists);

  return inTransaction(db, async () => {
    const batchId = ((await queryValue<number | null>(db, 'select max(batch_id) from batches')) ?? 0) + 1;
    const result: IngestResult = { batchId, tables: [], rejects: [], documents: [], reviewed: [], skipped };
    let rowsWritten = 0; // for the test-only fault hook (faultInjection.ts)
    const batchRows: DuckDBValue[][] = [];
    // Rows loaded before kenes identified files by path carry the file's name: the first file of that name takes their place.
    const claimed = prepared.flatMap((file) => {
      const name = basename(file.file);
      if (!legacy.has(name)) return [];
      legacy.delete(name);
      return [name];
    });
    const replaced = [...prepared.map((f) => f.file), ...claimed, ...(options.movedFrom !== undefined ? [options.movedFrom] : [])];
    await deleteRowsOf(db, replaced);
    if (claimed.length > 0) await run(db, `delete from legacy_files where list_contains($names, source_file)`, { names: listValue(claimed) });
    if (options.movedFrom !== undefined) batchRows.push([batchId, options.movedFrom, '', '', 0, 0, `moved to ${prepared[0]?.file}`]);

    const kept: PreparedFile[] = [];
    for (const file of prepared) {
      // The bulk path learns a file's hash while it writes the rows; the others know it already.
      const verdict = file.hash ? judge(file, kept) : { kind: 'new' as const };
      if (verdict.kind !== 'new') {
        skip(file, verdictReason(verdict, file.file));
        continue;
      }
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
      }
      if (file.staged) {
        const late = judge(file, kept);
        if (late.kind !== 'new') {
          await deleteRowsOf(db, [file.file]);
          skip(file, verdictReason(late, file.file));
          continue;
        }
        for (const staged of file.staged) {
          result.tables.push({ file: file.file, sheet: null, register: staged.register.id, loaded: staged.loaded, rejected: staged.rejected });
          result.rejects.push(...staged.rejects);
        }
      }
      if (file.review) {
        const { decisions, rejects, marker } = file.review;
        // Per item: this review's decisions supersede earlier ones on the same items only (stg_review_superseded);
        // the items it leaves undecided keep what another review, or a web page, decided.
        await insertDecisions(db, batchId, decisions);
        const count = (decision: string) => decisions.filter((d) => d.decision === decision).length;
        const refused = new Set(rejects.map((r) => `${r.source_sheet}:${r.source_row}`)).size;
        result.tables.push({ file: file.file, sheet: null, register: 'review', loaded: decisions.length, rejected: refused });
        result.rejects.push(...rejects);
        result.reviewed.push({ file: file.file, document: marker.document, accepted: count('accept'), corrected: count('correct'), rejected: count('reject'), refused });
      }
      kept.push(file);
      // The batch record sums what this file's tables reported above, whichever path read them.
      const mine = result.tables.filter((t) => t.file === file.file);
      batchRows.push([batchId, file.file, file.hash, [...new Set(mine.map((t) => t.register))].join(','),
        mine.reduce((n, t) => n + t.loaded, 0), mine.reduce((n, t) => n + t.rejected, 0), null]);
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
    await insertRejects(db, batchId, kept.flatMap((file) => [...file.tables.flatMap((t) => t.rejects), ...(file.review?.rejects ?? [])]));
    await insertRows(db, 'batches', batchRows, ['batch_id', 'source_file', 'file_hash', 'registers', 'rows_loaded', 'rows_rejected', 'note']);
    return result;

    /** Not loaded: its earlier rows are gone (deleted above, as for any file of the batch) and the batch says why. */
    function skip(file: PreparedFile, reason: string) {
      skipped.push({ file: file.file, reason });
      batchRows.push([batchId, file.file, file.hash, '', 0, 0, reason]);
    }
  });
}

/**
 * Files found in a folder that are not what the user asked to load — one holding no register, a scan
 * (often beside the Word file it was printed from) — are skipped with a note; named on their own, or
 * failing otherwise, they fail the batch, named by their identity.
 */
const SKIPPED_IN_FOLDERS: Record<string, string> = {
  'ingest.unknownRegister': 'no register recognised in it',
  'extract.pdfNoText': 'a PDF without a text layer (a scan?): kenes does not read scans',
};

function skippable(error: unknown, path: string, file: string, options: IngestOptions): SkippedFile {
  const reason = error instanceof KenesError && options.optional?.has(path) ? SKIPPED_IN_FOLDERS[error.code] : undefined;
  if (reason === undefined) throw relocated(error, basename(path), file);
  return { file, reason };
}

/** Every row a file loaded before, from every table that keeps rows per file, in one script. */
async function deleteRowsOf(db: Db, files: string[]): Promise<void> {
  if (files.length === 0) return;
  // One script takes no bound parameters: the names go in quoted.
  await run(db, files.flatMap((file) => [...REGISTERS.map(rawTableName), 'rejects', 'document_issues', 'name_review', 'review_decisions']
    .map((table) => `delete from ${table} where source_file = ${sqlString(file)}`)).join(';\n'));
}

/** A reader's error names the file by its name; the batch names it by its identity (its folder tells two `appeals.csv` apart). */
function relocated(error: unknown, name: string, file: string): unknown {
  if (!(error instanceof KenesError) || error.location.file !== name || name === file) return error;
  return new KenesError(error.code, error.message, { location: { ...error.location, file }, hint: error.hint, exitCode: error.exitCode, cause: error.cause });
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

async function prepareDocument(path: string, file: string, forced: DocumentKind | undefined, members: MemberRef[], ctx: ContractContext, limits: ReadLimits): Promise<PreparedFile> {
  const [{ readDocumentText }, { parseProtocol }, { parseReport }] = await Promise.all([
    import('../../sources/readers/readDocumentText.ts'),
    import('../../sources/extract/parseProtocol.ts'),
    import('../../sources/extract/parseReport.ts'),
  ]);
  const text = await readDocumentText(path, limits);
  const hash = createHash('sha256').update(await readFile(path)).digest('hex');
  const kind = forced ?? detectDocumentKind(text);
  const reviewed = { document: file, sha256: hash, text };
  let rows, review: ReviewModel;
  if (kind === 'protocol') {
    const extract = parseProtocol(text);
    rows = rowsFromProtocol(extract, file, members, ctx);
    review = buildProtocolReview(extract, reviewed, members.length > 0 ? members : null);
  } else {
    const extract = parseReport(text);
    rows = rowsFromReport(extract, file, ctx);
    review = buildReportReview(extract, reviewed);
  }
  const document = { kind, issues: rows.issues, reviews: rows.reviews, ...(review.items.some(needsReview) ? { review } : {}) };
  return { file, hash, tables: rows.tables, document };
}

async function prepareFile(path: string, file: string, tables: Table[], forced: Register | undefined, ctx: ContractContext, logger: Logger): Promise<PreparedFile> {
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
      hint: `A register is known by its file or sheet name (appeals.csv, a sheet "Обращения") or by its header row; `
        + `rename it, give it the register's headers, or pass --register. Registers: ${REGISTERS.map((r) => r.id).join(', ')}.`,
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
