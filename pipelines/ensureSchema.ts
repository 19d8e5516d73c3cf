/**
 * Creates the raw layer if it is missing — the bookkeeping tables of sql/raw
 * and one raw table per register, typed from its contract — and brings an
 * older database up to date: a column added to a contract (or to sql/raw) is
 * added to the existing table, so a workspace never has to be rebuilt.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REGISTERS } from '../sources/contracts/registers.ts';
import { PROVENANCE_COLUMNS, rawTableName, rawTableSql } from '../sources/contracts/rawTableSql.ts';
import { queryRows, queryValue, quoteIdent, run, type Db } from './db.ts';
import { SQL_DIR } from './paths.ts';

export const SCHEMA_VERSION = 2;

/** Columns added to sql/raw tables after version 1, in the order they came. */
const ADDED_COLUMNS: { table: string; column: string; type: string; since: number }[] = [
  { table: 'rejects', column: 'source_line', type: 'integer', since: 2 },
];

export async function ensureSchema(db: Db): Promise<void> {
  const dir = join(SQL_DIR, 'raw');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
    await run(db, await readFile(join(dir, file), 'utf8'));
  }
  for (const register of REGISTERS) await run(db, rawTableSql(register));

  const existing = new Set((await queryRows(db, `select table_name || '.' || column_name as c from information_schema.columns where table_schema = 'main'`)).map((r) => String(r.c)));
  const wanted = [
    ...ADDED_COLUMNS,
    ...REGISTERS.flatMap((r) => [
      ...Object.keys(r.columns).map((c) => ({ table: rawTableName(r), column: c, type: r.sqlType(c) })),
      ...PROVENANCE_COLUMNS.map(([c, t]) => ({ table: rawTableName(r), column: c, type: t.replace(' not null', '') })),
    ]),
  ];
  for (const { table, column, type } of wanted) {
    if (!existing.has(`${table}.${column}`)) {
      await run(db, `alter table ${quoteIdent(table)} add column ${quoteIdent(column)} ${type}`);
    }
  }
  const version = await queryValue<number | null>(db, 'select max(version) from schema_version');
  if (version === null || version < SCHEMA_VERSION) await run(db, 'insert into schema_version (version) values ($v)', { v: SCHEMA_VERSION });
}
