/**
 * The frame of every command that needs marts (build, check, report, the
 * exports): open the workspace, bring the marts up to date for a period, run
 * the work, close. It lives with build, not with the report, so build and
 * check do not import the report's writers.
 */
import type { Logger } from '../../workspace/Logger.ts';
import { openDatabase, type Db } from '../../workspace/db.ts';
import { openWorkspace, type Workspace } from '../../workspace/workspace.ts';
import { buildModels, type BuildResult } from './build.ts';
import { parsePeriod } from './parsePeriod.ts';

export interface BuiltWorkspace extends BuildResult {
  period: string;
}

/**
 * Opens the workspace and its database, brings the marts up to date for `period` (rebuilding
 * only what changed inputs require), runs `work`, closes. Data checks run only when asked for.
 */
export async function withBuiltWorkspace<T>(
  dir: string,
  period: string | undefined,
  logger: Logger,
  work: (ws: Workspace, db: Db, build: BuiltWorkspace) => Promise<T>,
  options: { rebuild?: boolean; checks?: boolean; checkRows?: number; background?: Promise<unknown>[] } = {},
): Promise<T> {
  const ws = await openWorkspace(dir);
  const periods = parsePeriod(period ?? ws.config.default_period ?? String(new Date().getFullYear()), ws.config);
  const db = await openDatabase(ws.dbPath);
  try {
    const build = await buildModels(db, ws.config, periods, { workspace: ws.dir, reuse: !options.rebuild, checks: options.checks ?? false, checkRows: options.checkRows });
    logger.info(`${build.reused ? 'marts up to date' : 'built marts'} for ${periods.current.id} (${periods.current.from} … ${periods.current.to})`);
    return await work(ws, db, { ...build, period: periods.current.id });
  } finally {
    // Work `work` left running (pictures on the thread pool, a checkpoint) ends before the database closes,
    // also when `work` failed: closing DuckDB under a running statement crashed the process or hung it
    // for minutes instead of ending it with the error (issue 11).
    await Promise.allSettled(options.background ?? []);
    db.close();
  }
}
