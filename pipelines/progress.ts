/**
 * Progress of long steps (a large ingest, a rollup). Library code takes a
 * `Progress` and reports to it; only the CLI makes a visible one, with
 * cli-progress on stderr, and only when stderr is a terminal — piped or in CI
 * it is silent, so logs and JSON output stay clean.
 */
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
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

/** A bar per task on `stream` (stderr), or silence when it is not a terminal. */
export function terminalProgress(stream: Writable & { isTTY?: boolean } = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  return {
    start(label, total) {
      const bar = new cliProgress.SingleBar({
        format: `${label.padEnd(30).slice(0, 30)} {bar} {percentage}% | {duration_formatted}`,
        stream, hideCursor: true, clearOnComplete: false, fps: 5,
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
      return {
        update: (done) => bar.update(Math.min(done, total)),
        stop() {
          bar.update(total);
          bar.stop();
        },
      };
    },
  };
}

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
