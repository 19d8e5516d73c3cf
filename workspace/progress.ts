/**
 * Progress of long steps (a large ingest, a rollup). Library code takes a
 * `Progress` and reports to it; only the CLI makes a visible one
 * (cli/terminalProgress.ts), so logs and JSON output stay clean.
 */
import type { Db, Params } from './db.ts';

export interface ProgressTask {
  /** Work done so far, in the task's units (out of `total`). */
  update(done: number): void;
  stop(): void;
}

export interface Progress {
  start(label: string, total: number): ProgressTask;
}

const silentTask: ProgressTask = { update() {}, stop() {} };

export const silentProgress: Progress = { start: () => silentTask };

/** Runs a statement, reporting DuckDB's own estimate of how far it is (0–100) five times a second. */
export async function runWithProgress(db: Db, sql: string, report: (percent: number) => void, params?: Params): Promise<void> {
  const pending = await db.connection.start(sql, params);
  const timer = setInterval(() => {
    const percent = db.connection.progress.percentage;
    if (percent >= 0) report(percent);
  }, 200);
  try {
    await pending.runAllTasks();
    await pending.getResult();
  } finally {
    clearInterval(timer);
  }
}
