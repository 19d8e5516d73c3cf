/**
 * `kenes ingest`: files → raw tables, one transaction per batch. Every file is
 * read and checked before anything is written, so a file that cannot be read
 * leaves the database as it was. Re-ingesting a file replaces the rows it
 * loaded before (matched by file name), so nothing is ever counted twice.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { dateValue, type DuckDBAppender } from '@duckdb/node-api';
import type { ContractContext, Register } from '../sources/contracts/defineRegister.ts';
import { findRegister, recognizeRegister, REGISTERS } from '../sources/contracts/registers.ts';
import { PROVENANCE_COLUMNS, rawTableName } from '../sources/contracts/rawTableSql.ts';
import { validateTable, type Reject, type ValidatedTable } from '../sources/contracts/validateTable.ts';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';
import { readTables } from '../sources/readers/readTables.ts';
import type { Table } from '../sources/readers/Table.ts';
import type { Config } from './config.ts';
import { inTransaction, queryValue, run, type Db } from './db.ts';
import { ensureSchema } from './ensureSchema.ts';
import type { Logger } from './Logger.ts';

export interface IngestOptions {
  config: Config;
  logger: Logger;
  /** Treat every file as this register instead of recognising it by name. */
  register?: string;
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
}

interface PreparedFile {
  file: string;
  hash: string;
  tables: ValidatedTable[];
}

export async function ingestFiles(db: Db, paths: string[], options: IngestOptions): Promise<IngestResult> {
  const forced = options.register ? findRegister(options.register) : undefined;
  if (options.register && !forced) {
    throw new KenesError('ingest.unknownRegister', `unknown register "${options.register}"`, {
      exitCode: EXIT_USAGE, hint: `Registers: ${REGISTERS.map((r) => r.id).join(', ')}.`,
    });
  }
  const ctx: ContractContext = { commissions: options.config.commissions.map((c) => c.id) };
  const names = paths.map((p) => basename(p));
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) {
    throw new KenesError('ingest.duplicateFileName', 'two files with the same name in one batch', {
      location: { file: duplicate }, exitCode: EXIT_USAGE,
      hint: 'A file is identified by its name; re-ingesting a name replaces its rows. Rename one of them.',
    });
  }

  // Read and check everything first: a failure here has written nothing.
  const prepared: PreparedFile[] = [];
  for (const path of paths) prepared.push(await prepareFile(path, forced, ctx, options.logger));

  await ensureSchema(db);
  return inTransaction(db, async () => {
    const batchId = ((await queryValue<number | null>(db, 'select max(batch_id) from batches')) ?? 0) + 1;
    const result: IngestResult = { batchId, tables: [], rejects: [] };
    for (const file of prepared) {
      for (const register of REGISTERS) {
        await run(db, `delete from ${rawTableName(register)} where source_file = $file`, { file: file.file });
      }
      await run(db, 'delete from rejects where source_file = $file', { file: file.file });
      for (const table of file.tables) {
        await appendRows(db, table, batchId);
        for (const r of table.rejects) {
          await run(db,
            `insert into rejects values ($batch, $register, $file, $sheet, $row, $column, $value, $reason)`,
            { batch: batchId, register: r.register, file: r.source_file, sheet: r.source_sheet, row: r.source_row,
              column: r.column_name, value: r.value, reason: r.reason });
        }
        result.tables.push({ file: file.file, sheet: table.sheet, register: table.register.id, loaded: table.rows.length, rejected: new Set(table.rejects.map((r) => r.source_row)).size });
        result.rejects.push(...table.rejects);
      }
      await run(db,
        `insert into batches (batch_id, source_file, file_hash, registers, rows_loaded, rows_rejected)
         values ($batch, $file, $hash, $registers, $loaded, $rejected)`,
        { batch: batchId, file: file.file, hash: file.hash,
          registers: [...new Set(file.tables.map((t) => t.register.id))].join(','),
          loaded: file.tables.reduce((n, t) => n + t.rows.length, 0),
          rejected: file.tables.reduce((n, t) => n + new Set(t.rejects.map((r) => r.source_row)).size, 0) });
    }
    return result;
  });
}

async function prepareFile(path: string, forced: Register | undefined, ctx: ContractContext, logger: Logger): Promise<PreparedFile> {
  const file = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.txt' || ext === '.docx') {
    throw new KenesError('ingest.documentsNotYet', 'ingesting documents (protocols, reports) is not built yet', {
      location: { file }, hint: 'Use `kenes extract protocol|report FILE --json` once it exists, or enter the figures in a register.',
    });
  }
  const tables = await readTables(path);
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

/** A sheet named after a register is that register; otherwise a lone sheet takes the file's name. */
function registerOf(table: Table, all: Table[]): Register | undefined {
  if (table.sheet) {
    const bySheet = recognizeRegister(table.sheet);
    if (bySheet) return bySheet;
    const visible = all.filter((t) => !t.hidden && t.rows.length > 0);
    if (visible.length !== 1 || visible[0] !== table) return undefined;
  }
  return recognizeRegister(table.file);
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
      appender.appendInteger(row.sourceRow);
      appender.appendNull(); // source_line: documents only
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
