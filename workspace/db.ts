/**
 * The workspace database: open it, run SQL with bound parameters, read rows as
 * plain values (numbers, ISO dates, strings), quote identifiers through one
 * function. Heavy: import it only in commands that touch the database.
 */
import { DuckDBConnection, DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';

export interface Db {
  connection: DuckDBConnection;
  close(): void;
}

/**
 * `readOnly`: DuckDB refuses every write, and other readers may have the file open at the same time.
 * `KENES_DUCKDB_THREADS` in the environment sets DuckDB's worker threads (DuckDB's default: one per core).
 * The test suite sets 1: it runs two files at once on two cores, and a council's tables are small enough
 * that one thread builds them in less CPU than two (the sample's build: about a quarter less).
 * `KENES_DUCKDB_NO_CLOSE_CHECKPOINT` (the test suite sets it) leaves what a session wrote in the write-ahead log at
 * close, for the next open to replay, instead of writing it into the file: a test's workspace is opened a few times
 * and thrown away, and the checkpoints at close were a sixth of the integration tests' CPU. Safe since a
 * migration checkpoints at once (ensureSchema.ts: the one WAL DuckDB 1.5 cannot replay).
 */
export async function openDatabase(path: string, options: { readOnly?: boolean } = {}): Promise<Db> {
  const settings: Record<string, string> = {};
  if (options.readOnly) settings.access_mode = 'READ_ONLY';
  if (process.env.KENES_DUCKDB_THREADS) settings.threads = process.env.KENES_DUCKDB_THREADS;
  const instance = await DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  if (!options.readOnly && process.env.KENES_DUCKDB_NO_CLOSE_CHECKPOINT) await connection.run('pragma disable_checkpoint_on_shutdown');
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export type Params = Record<string, DuckDBValue> | DuckDBValue[];

export async function run(db: Db, sql: string, params?: Params): Promise<void> {
  await db.connection.run(sql, params);
}

export type Row = Record<string, unknown>;

/** Rows with BIGINT/HUGEINT as numbers, DATE as `YYYY-MM-DD`, TIMESTAMP as ISO text. */
export async function queryRows(db: Db, sql: string, params?: Params): Promise<Row[]> {
  const reader = await db.connection.runAndReadAll(sql, params);
  return reader.getRowObjectsJS().map((row) => {
    const out: Row = {};
    for (const [key, value] of Object.entries(row)) out[key] = plain(value);
    return out;
  });
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

export async function queryValue<T = unknown>(db: Db, sql: string, params?: Params): Promise<T> {
  const rows = await queryRows(db, sql, params);
  return (rows[0] ? Object.values(rows[0])[0] : null) as T;
}

/**
 * Rows into a table in one INSERT — one round trip, however many rows — each
 * value a bound parameter. `columns` names the table's columns the values are for
 * (all of them, in order, when left out).
 */
export async function insertRows(db: Db, table: string, rows: DuckDBValue[][], columns?: string[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(', ')})`).join(', ');
  await run(db, `insert into ${table}${columns ? ` (${columns.join(', ')})` : ''} values ${values}`, rows.flat());
}

/** The one way an identifier enters SQL text. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Run `work` in one transaction: all of it lands, or none of it. */
export async function inTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  await run(db, 'begin transaction');
  try {
    const result = await work();
    await run(db, 'commit');
    return result;
  } catch (error) {
    await run(db, 'rollback');
    throw error;
  }
}
