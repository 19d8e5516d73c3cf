/**
 * Every database access of the server, one at a time. DuckDB gives a file to one process (and one
 * instance within it), and a batch must land whole: so two browsers ingesting at once are queued,
 * not interleaved. A writer also holds the workspace lock (pipelines/workspaceLock.ts) like the
 * CLI's commands; while a `kenes` in a terminal holds it, the writer waits for it instead of failing.
 */
import { existsSync } from 'node:fs';
import { KenesError } from '../sources/KenesError.ts';
import { openDatabase, type Db } from '../workspace/db.ts';
import { acquireWorkspaceLock } from '../workspace/workspaceLock.ts';
import type { Workspace } from '../workspace/workspace.ts';

const LOCK_POLL_MS = 500;
/** How long a writer waits for a lock held by another process before saying the workspace is busy. */
const LOCK_WAIT_MS = 10 * 60_000;

export class WorkspaceQueue {
  private tail: Promise<unknown> = Promise.resolve();
  readonly ws: Workspace;

  constructor(ws: Workspace) {
    this.ws = ws;
  }

  /** Runs `work` after every earlier one has ended, holding the workspace lock. */
  write<T>(command: string, work: () => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const release = await this.waitForLock(command);
      try {
        return await work();
      } finally {
        await release();
      }
    });
  }

  /** Runs `work` with the database open read-only, after earlier work; null without a database yet. */
  read<T>(work: (db: Db) => Promise<T>): Promise<T | null> {
    return this.enqueue(async () => {
      if (!existsSync(this.ws.dbPath)) return null;
      const db = await openDatabase(this.ws.dbPath, { readOnly: true });
      try {
        return await work(db);
      } finally {
        db.close();
      }
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async waitForLock(command: string): Promise<() => Promise<void>> {
    const until = Date.now() + LOCK_WAIT_MS;
    for (;;) {
      try {
        return await acquireWorkspaceLock(this.ws.dir, `serve ${command}`);
      } catch (error) {
        if (!(error instanceof KenesError && error.code === 'workspace.busy') || Date.now() > until) throw error;
        await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
      }
    }
  }
}
