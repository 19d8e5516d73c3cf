/**
 * Creates the raw layer if it is missing — the bookkeeping tables of sql/raw
 * and one raw table per register, typed from its contract — and brings an
 * older database up to date: a column added to sql/raw is added to the
 * existing table; a raw table whose contract gained columns is rebuilt in the
 * contract's column order (ingest appends by position), keeping its rows.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REGISTERS } from '../sources/contracts/registers.ts';
import { PROVENANCE_COLUMNS, rawTableName, rawTableSql } from '../sources/contracts/rawTableSql.ts';
import { queryRows, queryValue, quoteIdent, run, type Db } from './db.ts';
import { SQL_DIR } from './paths.ts';

// 4: review_decisions, the store of people's decisions on documents (sql/raw/review_decisions.sql).
// 5: decisions per item — review_decisions.row_key (the key of the row a decision loaded) and
//    decision_id (the order stored, after decided_at, that says which decision on an item is the latest).
export const SCHEMA_VERSION = 5;

/** Columns added to sql/raw tables after version 1, in the order they came. */
const ADDED_COLUMNS: { table: string; column: string; type: string; since: number; default?: string; backfill?: string }[] = [
  { table: 'rejects', column: 'source_line', type: 'integer', since: 2 },
  // Why a file's record loaded nothing (a copy of another file, a file that moved away); null for a load.
  { table: 'batches', column: 'note', type: 'varchar', since: 3 },
  // Up to version 4 only review workbooks wrote decisions, and one that kept a value loaded a row: keyed
  // by the member chosen (the value) for a name, by the item's own key otherwise.
  {
    table: 'review_decisions', column: 'row_key', type: 'varchar', since: 5,
    backfill: `update review_decisions set row_key = case when item_kind in ('attendee', 'absentee') then value else item_key end where value is not null`,
  },
  // Earlier decisions keep null: their decided_at orders them.
  { table: 'review_decisions', column: 'decision_id', type: 'bigint', since: 5, default: "nextval('review_decision_id')" },
];

export async function ensureSchema(db: Db): Promise<void> {
  const dir = join(SQL_DIR, 'raw');
  const bookkeeping = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.sql')).sort().map((f) => readFile(join(dir, f), 'utf8')));
  // Every `create table if not exists` in one script: one round trip, run before each ingest and build.
  await run(db, [...bookkeeping, ...REGISTERS.map(rawTableSql)].join(';\n'));

  // One catalog read for every table: ingest runs this each time.
  const catalog = await queryRows(db,
    `select table_name, column_name from duckdb_columns() where database_name = current_database() and schema_name = 'main' and not internal order by table_name, column_index`);
  const columnsOf = (table: string) => catalog.filter((r) => r.table_name === table).map((r) => String(r.column_name));

  let altered = false;
  for (const { table, column, type, default: value, backfill } of ADDED_COLUMNS) {
    if (!columnsOf(table).includes(column)) {
      altered = true;
      await run(db, `alter table ${quoteIdent(table)} add column ${quoteIdent(column)} ${type}`);
      // Set apart from the add: the rows already there keep null rather than each taking a value now.
      if (value) await run(db, `alter table ${quoteIdent(table)} alter column ${quoteIdent(column)} set default ${value}`);
      if (backfill) await run(db, backfill);
    }
  }
  for (const register of REGISTERS) {
    const table = rawTableName(register);
    const wanted = [...Object.keys(register.columns), ...PROVENANCE_COLUMNS.map(([c]) => c)];
    const have = columnsOf(table);
    if (have.join(',') === wanted.join(',')) continue;
    altered = true;
    const keep = `${table}__before_v${SCHEMA_VERSION}`;
    await run(db, `alter table ${quoteIdent(table)} rename to ${quoteIdent(keep)}`);
    await run(db, rawTableSql(register));
    const shared = wanted.filter((c) => have.includes(c)).map(quoteIdent).join(', ');
    await run(db, `insert into ${quoteIdent(table)} (${shared}) select ${shared} from ${quoteIdent(keep)}`);
    await run(db, `drop table ${quoteIdent(keep)}`);
  }
  const version = await queryValue<number | null>(db, 'select max(version) from schema_version');
  if (version !== null && version < 3) {
    // Before version 3 a file was known by its name alone: its rows wait for the file of that name to be ingested again.
    await run(db, 'insert into legacy_files select distinct source_file from batches where source_file not in (select source_file from legacy_files)');
  }
  if (version === null || version < SCHEMA_VERSION) await run(db, 'insert into schema_version (version) values ($v)', { v: SCHEMA_VERSION });
  // DuckDB 1.5 cannot replay a write-ahead log holding an ALTER of a table with a `default current_timestamp`
  // (batches, review_decisions): "INTERNAL Error: Failure while replaying WAL file … GetDefaultDatabase with no
  // default database set" (duckdb/duckdb#19712, #18259). A kenes killed between a migration and its close's
  // checkpoint would leave a workspace that no longer opens; written into the file at once, the WAL never holds one.
  if (altered) await run(db, 'checkpoint');
}
