/**
 * Long steps (build, report, a member's sheet) run in the background; the page polls
 * `/api/jobs/:id` and shows each step the pipeline logs as it goes, then the result or the error.
 */
import { randomBytes } from 'node:crypto';
import { KenesError } from '../sources/KenesError.ts';
import { explainDatabaseLock } from '../workspace/workspaceLock.ts';
import type { Logger } from '../workspace/Logger.ts';
import type { Progress } from '../workspace/progress.ts';

export interface Job {
  id: string;
  kind: string;
  user: string;
  state: 'running' | 'done' | 'failed';
  log: string[];
  started: string;
  ended?: string;
  error?: string;
  /** Files written, relative to out/ (as /files/… serves them). */
  files: string[];
  /** What the page shows when the job has ended (an ingest's batch). */
  result?: unknown;
  done: Promise<void>;
}

const KEEP = 50;

/** Progress of a pipeline step (pipelines/progress.ts) as lines of the job's log, one each tenth of the way. */
export function jobProgress(logger: Logger): Progress {
  return {
    start(label, total) {
      let shown = -1;
      return {
        update(done) {
          const tenth = Math.floor((10 * Math.min(done, total)) / Math.max(total, 1));
          if (tenth > shown) logger.info(`${label}: ${tenth * 10}%`);
          shown = Math.max(shown, tenth);
        },
        stop() {
          if (shown < 10) logger.info(`${label}: 100%`);
          shown = 10;
        },
      };
    },
  };
}

export class Jobs {
  private readonly byId = new Map<string, Job>();

  start(kind: string, user: string, work: (logger: Logger, job: Job) => Promise<string[]>): Job {
    const job: Job = { id: randomBytes(9).toString('base64url'), kind, user, state: 'running', log: [], started: new Date().toISOString(), files: [], done: Promise.resolve() };
    const logger: Logger = { info: (m) => job.log.push(m), warn: (m) => job.log.push(`⚠ ${m}`) };
    job.done = work(logger, job).then(
      (files) => { job.files = files; job.state = 'done'; },
      (error) => { job.state = 'failed'; job.error = describeError(error); },
    ).finally(() => { job.ended = new Date().toISOString(); });
    this.byId.set(job.id, job);
    for (const old of [...this.byId.keys()].slice(0, Math.max(0, this.byId.size - KEEP))) this.byId.delete(old);
    return job;
  }

  get(id: string): Job | undefined {
    return this.byId.get(id);
  }

  list(): Job[] {
    return [...this.byId.values()].reverse();
  }
}

/** A KenesError as the CLI prints it; anything else by its message only (no stack to a browser). */
export function describeError(error: unknown): string {
  const known = error instanceof KenesError ? error : explainDatabaseLock(error);
  return known ? known.toString() : `unexpected error: ${(error as Error)?.message ?? String(error)}`;
}
