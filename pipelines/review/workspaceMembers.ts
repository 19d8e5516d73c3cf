/**
 * The members register of a workspace, when one is at hand, for a review
 * written outside `kenes ingest` (`kenes extract … --review`): names are then
 * listed with the member they match, or with candidates (membersAtHand: the
 * built register, or the one loaded since). No workspace, or one without a
 * database or members yet, gives null — the names are listed as
 * written, never matched against nothing.
 */
import { existsSync } from 'node:fs';
import type { MemberRef } from '../../sources/people/resolveMember.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { openDatabase } from '../../workspace/db.ts';
import { membersAtHand } from '../../workspace/membersAtHand.ts';
import { openWorkspace } from '../../workspace/workspace.ts';

export async function workspaceMembers(dir: string): Promise<MemberRef[] | null> {
  const ws = await openWorkspace(dir).catch((error) => {
    if (error instanceof KenesError && error.code === 'config.notFound') return null;
    throw error;
  });
  if (!ws || !existsSync(ws.dbPath)) return null;
  const db = await openDatabase(ws.dbPath, { readOnly: true });
  try {
    // The same members the build matches against (workspace/membersAtHand.ts), as current as the database holds them.
    const members = await membersAtHand(db);
    return members.length > 0 ? members : null;
  } finally {
    db.close();
  }
}
