/**
 * Creates the raw layer if it is missing: the bookkeeping tables of sql/raw
 * and one raw table per register, typed from its contract.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REGISTERS } from '../sources/contracts/registers.ts';
import { rawTableSql } from '../sources/contracts/rawTableSql.ts';
import { queryValue, run, type Db } from './db.ts';
import { SQL_DIR } from './paths.ts';

export const SCHEMA_VERSION = 1;

export async function ensureSchema(db: Db): Promise<void> {
  const dir = join(SQL_DIR, 'raw');
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
    await run(db, await readFile(join(dir, file), 'utf8'));
  }
  for (const register of REGISTERS) await run(db, rawTableSql(register));
  const version = await queryValue<number | null>(db, 'select max(version) from schema_version');
  if (version === null) await run(db, 'insert into schema_version (version) values ($v)', { v: SCHEMA_VERSION });
}
