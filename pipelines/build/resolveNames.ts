/**
 * The build step between the models that find the names registers write and
 * the models that count them: each distinct name that is not a member id
 * (int_member_mentions) is resolved with resolveMember — the same function
 * that resolves a protocol's names at ingest — against the members the build
 * has just staged (dim_members, read by workspace/membersAtHand.ts), into
 * int_name_matches. int_member_refs joins it, with the date of each mention,
 * for every register column that names a member.
 *
 * Only distinct names go through TypeScript, not rows: ids, most rows, stay in
 * SQL, and a register that writes "Иванов И.И." at forty meetings asks once.
 */
import { memberResolver } from '../../sources/people/resolveMember.ts';
import type { Model } from './build.ts';
import { insertRows, queryRows, run, type Db } from '../../workspace/db.ts';
import { membersAtHand } from '../../workspace/membersAtHand.ts';
import { mentionsTable } from './mentionsTable.ts';

export const NAME_MATCHES = 'int_name_matches';

/**
 * The models to run before resolveNames and after it: after, those that read
 * int_name_matches, directly or through another model; before, the rest, in
 * the order given (a dependency order, so a model's inputs come first).
 */
export function splitAtNameMatches(models: Model[]): { before: Model[]; after: Model[] } {
  const waiting = new Set<string>();
  for (const model of models) {
    if (mentionsTable(model.sql, NAME_MATCHES) || [...waiting].some((name) => mentionsTable(model.sql, name))) waiting.add(model.name);
  }
  return { before: models.filter((m) => !waiting.has(m.name)), after: models.filter((m) => waiting.has(m.name)) };
}

/**
 * int_name_matches: one row per name and member — the member a name matched
 * (rank 1), or each candidate of a name that fits several members or none, best
 * first; a name with no candidate at all has one row without a member.
 */
export async function resolveNames(db: Db): Promise<void> {
  const names = await queryRows(db, 'select distinct name_ref from int_member_mentions where id_member_id is null order by name_ref');
  const resolve = memberResolver(await membersAtHand(db));
  const rows: (string | number | null)[][] = [];
  for (const { name_ref } of names) {
    const name = String(name_ref);
    const resolution = resolve(name);
    if (resolution.status === 'matched') {
      rows.push([name, 'matched', resolution.member_id, 1, resolution.score]);
    } else if (resolution.candidates.length === 0) {
      rows.push([name, resolution.status, null, null, null]);
    } else {
      resolution.candidates.forEach((c, i) => rows.push([name, resolution.status, c.member_id, i + 1, c.score]));
    }
  }
  await run(db, `create or replace table ${NAME_MATCHES} (name_ref varchar, resolution varchar, member_id varchar, rank integer, score double)`);
  await insertRows(db, NAME_MATCHES, rows);
}
