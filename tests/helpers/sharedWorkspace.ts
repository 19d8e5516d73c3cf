/**
 * The sample's workspaces that many suites start from, made once per `vitest run` and copied for each
 * suite (a suite changes its copy freely). Each is checkpointed when made (the suite closes databases without
 * one, workspace/db.ts): every copy would otherwise replay the maker's write-ahead log at each open. Made on first use, in whichever test process asks first: a
 * folder created with mkdir marks the maker, the others wait for its `ready` file. The folder of the run
 * comes from tests/setup/sharedWorkspaces.ts; a file run outside it (no such folder) makes its own.
 */
import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inject } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { openDatabase, queryValue, run } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { copyWorkspace, listInputs, openWorkspace, type Workspace } from '../../workspace/workspace.ts';
import { captureIO } from './captureIO.ts';

/** What `kenes demo <dir>` gives: its exit code, the files it lists (the workbook, the dashboard) and the rows its ingest refused. */
export interface SharedDemo {
  code: number;
  files: string[];
  rejected: number;
}

export type SharedWorkspace = 'ingested' | 'built' | 'demo';

/** How each shared workspace is made in `dir`, and what the suites are told about it (paths relative to `dir`). */
const MAKERS: Record<SharedWorkspace, (dir: string) => Promise<SharedDemo | null>> = {
  /** The embedded sample copied with every register ingested (not built): a workspace as after `kenes ingest`. */
  ingested: async (dir: string): Promise<null> => {
    const ws = await copyWorkspace(SAMPLE_DIR, dir);
    const db = await openDatabase(ws.dbPath);
    try {
      await ingestFiles(db, await listInputs(ws), { config: ws.config, logger: silentLogger });
      await run(db, 'checkpoint');
    } finally {
      db.close();
    }
    return null;
  },
  /** The ingested sample (above) with its marts built for 2023, as after `kenes ingest` and `kenes build -p 2023`. */
  built: async (dir: string): Promise<null> => {
    await cp(await made('ingested'), dir, { recursive: true });
    const ws = await openWorkspace(dir);
    const db = await openDatabase(ws.dbPath);
    try {
      await buildModels(db, ws.config, parsePeriod('2023', ws.config), { workspace: ws.dir, checks: false });
      await run(db, 'checkpoint');
    } finally {
      db.close();
    }
    return null;
  },
  /** `kenes demo <dir>`, run in-process: the sample ingested, built for 2023 and reported. */
  demo: async (dir: string): Promise<SharedDemo> => {
    const io = captureIO();
    const code = await runCli(['demo', dir], io);
    const db = await openDatabase(join(dir, 'kenes.duckdb'));
    let rejected: number;
    try {
      rejected = await queryValue<number>(db, 'select count(*)::int from rejects');
      await run(db, 'checkpoint');
    } finally {
      db.close();
    }
    return { code, files: io.stdout.filter((line) => line.startsWith('  ')).map((line) => relative(dir, line.trim())), rejected };
  },
};

const WAIT_MS = 300_000;

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null)) !== null;
}

/** The folder where `name` is made, made now if no suite made it before. */
async function made(name: SharedWorkspace): Promise<string> {
  let root: string | undefined;
  try {
    root = inject('sharedWorkspaces');
  } catch {
    root = undefined;
  }
  root ??= await mkdtemp(join(tmpdir(), 'kenes-shared-'));
  const dir = join(root, name);
  const ready = join(root, `${name}.ready`);
  const claimed = await mkdir(join(root, `${name}.making`)).then(() => true, () => false);
  if (claimed) {
    try {
      const told = await MAKERS[name](dir);
      await writeFile(ready, JSON.stringify(told));
    } catch (error) {
      await writeFile(join(root, `${name}.failed`), String((error as Error)?.stack ?? error));
      throw error;
    }
    return dir;
  }
  for (const started = Date.now(); !(await exists(ready)); ) {
    if (await exists(join(root, `${name}.failed`))) throw new Error(`the shared ${name} workspace could not be made: ${await readFile(join(root, `${name}.failed`), 'utf8')}`);
    if (Date.now() - started > WAIT_MS) throw new Error(`the shared ${name} workspace was not made within ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return dir;
}

/** A copy of the shared workspace `name` in `dir` (its database, inputs and outputs), opened. */
export async function sharedWorkspace(name: SharedWorkspace, dir: string): Promise<Workspace> {
  await cp(await made(name), dir, { recursive: true });
  return openWorkspace(dir);
}

/** `kenes demo dir`: a copy of the shared demo in `dir`, with the exit code, the files (in `dir`) and the rows refused of the run that made it. */
export async function sharedDemo(dir: string): Promise<SharedDemo> {
  const source = await made('demo');
  await cp(source, dir, { recursive: true });
  const told = JSON.parse(await readFile(join(source, '..', 'demo.ready'), 'utf8')) as SharedDemo;
  return { ...told, files: told.files.map((f) => join(dir, f)) };
}
