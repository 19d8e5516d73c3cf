/**
 * Global setup (once per `vitest run`, in the main process): the CLI compiled to JavaScript as `npm pack` ships it
 * (tools/buildPackage.mjs), in a folder of the run, for the tests that start kenes as a process of its own
 * (tests/helpers/kenesBin.ts). bin/kenes.mjs in a clone runs the TypeScript through tsx, which every start pays
 * again: `kenes report` as a process took 9.1 s of CPU that way and 7.4 s compiled, `kenes --help` 0.65 s and
 * 0.2 s; the build is 0.3 s. The folder holds bin/kenes.mjs (which, with no cli/ beside it, runs dist/), dist/,
 * and links to the clone's sql/ and sources/; the dependencies are found in the clone's node_modules above it.
 */
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    kenesBin: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // In the clone (.tmp/), so that Node finds the dependencies in its node_modules.
  await mkdir(join(root, '.tmp'), { recursive: true });
  const dir = await mkdtemp(join(root, '.tmp', 'cli-'));
  const { buildDist } = (await import(join(root, 'tools', 'buildPackage.mjs'))) as { buildDist: (dist: string) => Promise<void> };
  await buildDist(join(dir, 'dist'));
  await mkdir(join(dir, 'bin'));
  await copyFile(join(root, 'bin', 'kenes.mjs'), join(dir, 'bin', 'kenes.mjs'));
  await Promise.all(['sql', 'sources'].map((name) => symlink(join(root, name), join(dir, name))));
  project.provide('kenesBin', join(dir, 'bin', 'kenes.mjs'));
  return () => rm(dir, { recursive: true, force: true });
}
