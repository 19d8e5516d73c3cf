/**
 * chDB (ClickHouse's engine in-process, npm `chdb`) for the national portability
 * test. It is over 500 MB, so it is not a dependency a newcomer's `npm install`
 * fetches: `.ci/run` installs it into `.chdb/` (gitignored) for that test only.
 * Without it the test is skipped and says so — unless KENES_REQUIRE_CHDB=1
 * (set by .ci/run), where a missing chDB fails instead of skipping silently.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT_DIR } from '../../workspace/paths.ts';

/** The version .ci/run installs; the README's ClickHouse commands ran on it. */
export const CHDB_VERSION = '3.4.0';
export const CHDB_DIR = join(ROOT_DIR, '.chdb');
export const CHDB_INSTALL = `npm install --prefix .chdb chdb@${CHDB_VERSION} --no-save --no-package-lock`;

export interface ChdbSession {
  query(sql: string, format?: string): string;
  close(): void;
}

export interface Chdb {
  Session: new () => ChdbSession;
}

/** chDB from `.chdb/`, or why not. */
export function loadChdb(): { chdb: Chdb } | { chdb: null; reason: string } {
  const entry = join(CHDB_DIR, 'node_modules', 'chdb');
  const required = process.env.KENES_REQUIRE_CHDB === '1';
  if (!existsSync(entry)) {
    const reason = `chDB is not installed in ${CHDB_DIR} (over 500 MB, not an npm dependency); to run this test: ${CHDB_INSTALL}`;
    if (required) throw new Error(`KENES_REQUIRE_CHDB=1 but ${reason}`);
    return { chdb: null, reason };
  }
  return { chdb: createRequire(import.meta.url)(entry) as Chdb };
}
