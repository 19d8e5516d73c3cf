/**
 * The members a written name is matched against (sources/people/resolveMember.ts),
 * read one way by every step that matches names against the database: the build
 * (pipelines/build/resolveNames.ts) and a review written on its own
 * (pipelines/review/workspaceMembers.ts, `kenes extract … --review`).
 *
 * - dim_members — the register as the build staged it (ids and names trimmed,
 *   one row per id) — when no batch was loaded after the last build. A build
 *   records its state as it starts, in its own transaction, so its own steps
 *   read what it has just made.
 * - raw_members, as loaded, otherwise: before any build there is no
 *   dim_members, and after an ingest the built one may name members the new
 *   register has changed or dropped — a name matched against those would be
 *   given to the wrong member.
 * - Neither table: no members (an empty list), never a guess.
 *
 * An ingest matches against its own batch too (knownMembers in pipelines/ingest).
 */
import type { MemberRef } from '../sources/people/resolveMember.ts';
import { queryRows, queryValue, type Db } from './db.ts';

export async function membersAtHand(db: Db): Promise<MemberRef[]> {
  const catalog = await queryRows(db, `select table_name, column_name from duckdb_columns()
    where database_name = current_database() and schema_name = 'main' and table_name in ('dim_members', 'raw_members', 'build_state', 'batches')`);
  const has = (table: string, column?: string) => catalog.some((r) => r.table_name === table && (column === undefined || r.column_name === column));
  const table = has('dim_members') && (await builtSinceLastLoad(db, has)) ? 'dim_members' : has('raw_members') ? 'raw_members' : undefined;
  if (!table) return [];
  // The table name is one of the two above, never input.
  const rows = await queryRows(db, `select member_id, full_name from ${table} where member_id is not null and full_name is not null order by member_id, full_name`);
  return rows.map((m) => ({ member_id: String(m.member_id), full_name: String(m.full_name) }));
}

/** Whether the last build saw every batch loaded: its recorded last batch is the latest. */
async function builtSinceLastLoad(db: Db, has: (table: string, column?: string) => boolean): Promise<boolean> {
  // dim_members without a recorded build: one made by its models alone (bench's core-only export), from the raw tables as they are.
  if (!has('build_state')) return true;
  // A build of an older kenes recorded no batch: it cannot say what it saw.
  if (!has('build_state', 'last_batch') || !has('batches')) return false;
  const seen = await queryValue<boolean>(db, 'select coalesce((select max(batch_id) from batches), -1) <= coalesce((select max(last_batch) from build_state), -1)');
  return seen === true;
}
