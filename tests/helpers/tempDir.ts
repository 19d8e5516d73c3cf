import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => Promise<string> {
  return tempDirsRemovedBy(afterEach);
}

/**
 * Temporary folders for the file's tests together (made in a beforeAll), removed when they have all run: a database
 * the tests share stays open until the file's own afterAll, and its write-ahead log needs its folder until then
 * (a folder of useTempDir goes after the first test). Vitest runs after-hooks in reverse order, so this one, registered
 * at the top of the file, runs after the file's afterAll that closes the database.
 */
export function useSuiteTempDir(): () => Promise<string> {
  return tempDirsRemovedBy(afterAll);
}

function tempDirsRemovedBy(hook: typeof afterEach | typeof afterAll): () => Promise<string> {
  const made: string[] = [];
  hook(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kenes-test-'));
    made.push(dir);
    return dir;
  };
}
