/**
 * One writer per workspace. Every command that writes the database (ingest,
 * build, check, report, demo, restore) holds `kenes.lock` in the workspace
 * while it runs; a second one is told the workspace is busy, by whom and
 * since when, instead of meeting DuckDB's file lock as a stack trace.
 *
 * The lock file is created with `open(…, 'wx')`, which fails if it exists,
 * so two processes can never both create it. It holds the owner's pid, host,
 * command and start time, and is removed in `finally`. A lock left by a
 * process that no longer runs (killed, crashed, power cut) is stale and is
 * taken over; a lock from another host cannot be checked and is respected.
 *
 * Exit code 1: a busy workspace is not a fault in the data; run the command
 * again when the other one has finished.
 */
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EXIT_USAGE, KenesError } from '../sources/KenesError.ts';

export const LOCK_FILE = 'kenes.lock';

export interface LockOwner {
  pid: number;
  host: string;
  command: string;
  started: string;
}

/**
 * For commands: checks that `dir` is a workspace (so a wrong --workspace says
 * "no kenes.config.json", not "cannot create the lock file"), then runs `work` holding its lock.
 */
export async function withLockedWorkspace<T>(dir: string, command: string, work: () => Promise<T>): Promise<T> {
  const { openWorkspace } = await import('./workspace.ts');
  const ws = await openWorkspace(dir);
  return withWorkspaceLock(ws.dir, command, work);
}

/** Runs `work` holding the workspace lock; the lock is released however `work` ends. */
export async function withWorkspaceLock<T>(dir: string, command: string, work: () => Promise<T>): Promise<T> {
  const release = await acquireWorkspaceLock(dir, command);
  try {
    return await work();
  } finally {
    await release();
  }
}

export async function acquireWorkspaceLock(dir: string, command: string): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), command, started: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(path, 'wx');
      try {
        await handle.writeFile(JSON.stringify(me) + '\n');
      } finally {
        await handle.close();
      }
      return async () => { await rm(path, { force: true }); };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new KenesError('workspace.lockFailed', `cannot create the lock file: ${(error as Error).message}`, {
          location: { file: path }, exitCode: EXIT_USAGE, hint: 'Is the workspace folder writable?', cause: error,
        });
      }
    }
    const owner = await readOwner(path);
    if (owner ? !isStale(owner) : await isFresh(path)) throw busy(path, owner);
    // Stale: move it aside under a name only this process uses, then look at what was moved:
    // if another process took the stale lock over in between, its fresh lock goes back
    // (link fails if a lock exists again, so nothing is overwritten) and we are the busy one.
    const aside = `${path}.stale-${process.pid}`;
    if (await rename(path, aside).then(() => true, () => false)) {
      const moved = await readOwner(aside);
      const same = owner && moved && moved.pid === owner.pid && moved.started === owner.started;
      if (moved && !same && !isStale(moved)) {
        await link(aside, path).catch(() => {});
        await rm(aside, { force: true });
        throw busy(path, moved);
      }
      await rm(aside, { force: true });
    }
  }
  throw busy(path, await readOwner(path));
}

/** A lock file without a readable owner is being written right now if it is only seconds old. */
async function isFresh(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < 10_000;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const owner = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return typeof owner.pid === 'number' ? owner : null;
  } catch {
    return null; // gone since, or half-written by a process that died while writing it
  }
}

function isStale(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — alive.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function busy(path: string, owner: LockOwner | null): KenesError {
  const who = owner ? `\`kenes ${owner.command}\` (pid ${owner.pid} on ${owner.host}) has been writing to it since ${owner.started}` : 'another kenes is starting to write to it';
  return new KenesError('workspace.busy', `the workspace is busy: ${who}`, {
    location: { file: path }, exitCode: EXIT_USAGE,
    hint: `Wait for it to finish and run the command again. If no kenes is running, delete ${path}.`,
  });
}

/**
 * DuckDB's own refusal of a second process ("Could not set lock on file …
 * Conflicting lock is held in … (PID n)") as the same clear message, for
 * readers such as `kenes query` that do not take the workspace lock.
 */
export function explainDatabaseLock(error: unknown): KenesError | null {
  const message = (error as Error)?.message ?? '';
  if (!/Could not set lock on file|Conflicting lock is held/i.test(message)) return null;
  const pid = /PID (\d+)/.exec(message)?.[1];
  return new KenesError('workspace.busy', `the workspace database is in use by another process${pid ? ` (pid ${pid})` : ''}`, {
    exitCode: EXIT_USAGE, cause: error,
    hint: 'Another kenes (or a DuckDB client) has the database open for writing. Wait for it to finish, then run the command again.',
  });
}
