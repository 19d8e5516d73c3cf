import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Three projects, run together by `npm test` (`vitest run`), or alone: `npm run test:unit` is the inner loop
 * (no DuckDB workspace of the sample, no browser, no LibreOffice), `test:integration`, `test:e2e`.
 */
const common = {
  // DuckDB files and Chromium make some tests slow on a 2-core machine; none is timed.
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // One DuckDB thread per database (workspace/db.ts), in the tests and the CLI processes they start: two files
  // run at once on two cores, and the tests' small tables take a quarter less CPU on one thread than on two.
  // No checkpoint when a database closes (workspace/db.ts): the next open replays the log; a test's workspace is thrown away.
  env: { TZ: 'UTC', KENES_DUCKDB_THREADS: '1', KENES_DUCKDB_NO_CLOSE_CHECKPOINT: '1' },
  setupFiles: ['tests/setup/fastCheckSeed.ts', 'tests/setup/cpuPerFile.ts'],
  // V8 runs a new pattern in its interpreter first and compiles it after one run, and garbage collection throws
  // compiled patterns away so each goes through both steps again. A protocol is read by thousands of patterns
  // holding the number words: compiled at once, the first protocol of a worker reads in ~0.45 s, not ~0.85 s.
  // Given at the worker's start: set at run time (v8.setFlagsFromString, which Node calls unsafe) a worker once
  // exited unexpectedly in a full run.
  execArgv: ['--no-regexp-tier-up'],
};

const project = (name: string, own: TestProjectInlineConfiguration['test'] = {}): TestProjectInlineConfiguration => ({ test: { ...common, name, include: [`tests/${name}/**/*.test.ts`], ...own } });

export default defineConfig({
  test: {
    ...common,
    // A worker keeps its modules from one file to the next (isolate: false): importing the extractors, DuckDB,
    // exceljs and the rest afresh for each of 76 unit files was 60 of the unit project's 120 s of CPU (15
    // integration files: 44.7 s of CPU with a fresh worker each, 31.5 s sharing). No test mocks a module or
    // leaves global state behind (fast-check's seed is set again by the setup file before each file;
    // reliability.test.ts removes its fault variables after each test; pages and servers close in afterAll, the worker's
    // Chromium (tests/helpers/chromium.ts) when the worker exits).
    // Vitest keeps a worker only while the next file queued is of the same project: its own order, project by
    // project, suits that; a sequencer that interleaved the projects would start a worker for every file again.
    projects: [project('unit', { isolate: false }), project('integration', { isolate: false }), project('e2e', { isolate: false })],
    // Vitest gives a run os.availableParallelism() - 1 workers: one on a 2-core machine. Three: many files wait on
    // child processes (the CLI, Chromium, LibreOffice) or on DuckDB's files, and a third worker fills that time — on
    // the 2-core machine a full run took 276 s with two workers (344 s of CPU, 1.25 cores busy), 195 s with three.
    maxWorkers: 3,
    // Once per run, in the main process: a folder where the sample's shared workspaces are built, on first
    // use, by tests/helpers/sharedWorkspace.ts; each suite copies one (see tests/setup/sharedWorkspaces.ts).
    // The CLI compiled once, for the tests that start it as a process (tests/setup/compiledCli.ts).
    // (tests/setup/cpuOfRun.ts: the main process's CPU, with KENES_TEST_CPU set.)
    globalSetup: ['tests/setup/sharedWorkspaces.ts', 'tests/setup/compiledCli.ts', 'tests/setup/cpuOfRun.ts'],
    // The TypeScript of the sources and tests transformed once and kept between runs (in .tmp/, keyed by each
    // file's content and the config), as tsc keeps its check (tools/test.mjs): the main process transformed every
    // module again for each run — 7.2 s of its CPU for the 75 report-extract files, 2.5 s from the cache.
    experimental: { fsModuleCache: true, fsModuleCachePath: '.tmp/vitest-modules' },
  },
});
