/**
 * Global setup (once per `vitest run`, in the main process): a folder for the workspaces that many suites
 * start from — the sample ingested, the demo — which tests/helpers/sharedWorkspace.ts builds there the
 * first time a suite asks for one and copies for each suite after; and the charts the run has drawn.
 * Removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedWorkspaces: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'kenes-shared-'));
  project.provide('sharedWorkspaces', dir);
  // The charts drawn in this run, kept for every worker and the CLI processes they start (reports/charts/renderChartImage.ts):
  // set here, before the workers start, they and their children inherit it.
  process.env.KENES_CHART_CACHE = join(dir, 'charts');
  return () => rm(dir, { recursive: true, force: true });
}
