/**
 * The members register of a workspace, when one is at hand, for a review
 * written outside `kenes ingest` (`kenes extract … --review`): names are then
 * listed with the member they match, or with candidates (membersAtHand: the
 * built register, or the one loaded since). No workspace, or one without a
 * database or members yet, gives null — the names are listed as written,
 * never matched against nothing. And the language it writes in.
 */
import { existsSync } from 'node:fs';
import type { MemberRef } from '../../sources/people/resolveMember.ts';
import { KenesError } from '../../sources/KenesError.ts';
import { openDatabase } from '../../workspace/db.ts';
import { membersAtHand } from '../../workspace/membersAtHand.ts';
import { openWorkspace } from '../../workspace/workspace.ts';
import type { ReviewLang } from './reviewLabels.ts';

/** A folder's workspace, or null when it is none. */
async function workspaceAt(dir: string) {
  return openWorkspace(dir).catch((error) => {
    if (error instanceof KenesError && error.code === 'config.notFound') return null;
    throw error;
  });
}

/** The language the workspace writes its outputs in (config lang); Russian outside a workspace. */
export async function workspaceLang(dir: string): Promise<ReviewLang> {
  return (await workspaceAt(dir))?.config.lang ?? 'ru';
}

export async function workspaceMembers(dir: string): Promise<MemberRef[] | null> {
  const ws = await workspaceAt(dir);
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
