import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { tableCounts } from '../../workspace/backup.ts';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryValue } from '../../workspace/db.ts';
import { findRegister, REGISTERS } from '../../sources/contracts/registers.ts';
import type { Expectation } from '../fixtures/registers-corpus/Expectation.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { useTempDir } from '../helpers/tempDir.ts';

// Registers as secretariats keep them (issue 11): each file of tests/fixtures/registers-corpus is
// ingested through the CLI, into a workspace no file of its registers shares (see workspaceGroups), and must
// load exactly the rows manifest.json says,
// refuse exactly the rows it lists (row and column), and give its figures after `kenes build`; or,
// for a broken file, be refused with exit 2, one line naming the file, and the database unchanged.
// The files are made by makeCorpus.ts, which also says how each was made.
const CORPUS = fileURLToPath(new URL('../fixtures/registers-corpus/', import.meta.url));

const manifest = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8')) as Record<string, Expectation>;

const tempDir = useTempDir();

async function workspace(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], captureIO())).toBe(0);
  return ws;
}

async function ingest(ws: string, files: string[]): Promise<{ code: number; io: ReturnType<typeof captureIO> }> {
  const io = captureIO();
  const code = await runCli(['ingest', ...files.map((f) => join(CORPUS, f)), '-w', ws, '--json'], io);
  return { code, io };
}

async function withDb<T>(ws: string, f: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase(join(ws, 'kenes.duckdb'));
  try {
    return await f(db);
  } finally {
    db.close();
  }
}

/**
 * Files whose registers differ share one workspace and one build: each file is still ingested alone
 * (its own exit, loads and rejects), and no other file of the workspace puts a row in a register the
 * file loads, sets up or has a figure over (its figures' tables: raw_letters, fct_appeals,
 * int_attendance_resolved, …). The appeals (11 files) make 11 workspaces: 11 builds, not one per file's
 * 31 — the file alone took 28.5 s of CPU with 31, 17.8 s with 11. A file's setup (_base/members.csv,
 * _base/meetings.csv) is named after its register.
 */
function registersOf(want: Expectation): string[] {
  const read = REGISTERS.map((r) => r.id).filter((id) => (want.figures ?? []).some(([sql]) => new RegExp(`_${id}(?![a-z])`).test(sql)));
  return [...Object.keys(want.loaded ?? {}), ...(want.setup ?? []).map((f) => basename(f, '.csv')), ...read];
}

function workspaceGroups(): string[][] {
  const groups: { files: string[]; registers: Set<string> }[] = [];
  for (const [file, want] of Object.entries(manifest)) {
    if (want.refused) continue;
    const registers = registersOf(want);
    let group = groups.find((g) => registers.every((r) => !g.registers.has(r)));
    if (!group) groups.push((group = { files: [], registers: new Set() }));
    group.files.push(file);
    for (const r of registers) group.registers.add(r);
  }
  return groups.map((g) => g.files);
}

type Ingested = Awaited<ReturnType<typeof ingest>>;
interface Group { ws: string; ingests: Map<string, { setup?: Ingested; own: Ingested }>; build: number }

const groupDirs: string[] = [];
afterAll(() => Promise.all(groupDirs.map((d) => rm(d, { recursive: true, force: true }))));

const made = new Map<string, Promise<Group>>();
const groupOfFile = new Map(workspaceGroups().flatMap((files) => files.map((f) => [f, files] as const)));

/** The file's workspace: made on first use, every file of it ingested in turn, then built once. */
function groupOf(file: string): Promise<Group> {
  const files = groupOfFile.get(file)!;
  const key = files.join('\0');
  let group = made.get(key);
  if (!group) {
    made.set(key, (group = (async () => {
      const dir = await mkdtemp(join(tmpdir(), 'kenes-corpus-'));
      groupDirs.push(dir);
      const ws = join(dir, 'ws');
      expect(await runCli(['init', ws], captureIO())).toBe(0);
      const ingests: Group['ingests'] = new Map();
      for (const f of files) {
        const setup = manifest[f].setup ? await ingest(ws, manifest[f].setup!) : undefined;
        ingests.set(f, { setup, own: await ingest(ws, [f]) });
      }
      return { ws, ingests, build: await runCli(['build', '--period', '2025', '-w', ws], captureIO()) };
    })()));
  }
  return group;
}

interface Reported { register: string; source_row: number; column_name: string | null; reason: string }

/** A reject names the column as the header was written; the manifest names it canonically. */
function canonicalColumn(r: Reported): string | null {
  if (r.column_name === null) return null;
  const register = findRegister(r.register);
  if (register && r.column_name in register.columns) return r.column_name;
  return register?.matchHeader(r.column_name) ?? r.column_name;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const plain = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

describe('registers as people keep them (tests/fixtures/registers-corpus)', () => {
  it('lists every file of the folder in manifest.json: at least 30, ru and kk, xlsx and csv', () => {
    const files = readdirSync(CORPUS).filter((f) => !['makeCorpus.ts', 'Expectation.ts', 'manifest.json', '_base'].includes(f)).sort();
    expect(Object.keys(manifest).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(8);
    expect(files.filter((f) => /[әғқңөұүһі]/i.test(readFileSync(join(CORPUS, f)).toString('utf8'))).length).toBeGreaterThanOrEqual(4);
  });

  for (const [file, want] of Object.entries(manifest)) {
    if (want.refused) {
      it(`${file} — refused: ${want.about}`, async () => {
        const ws = await workspace();
        // Something in the database, so "unchanged" means more than "still empty".
        expect((await ingest(ws, ['_base/members.csv', '_base/meetings.csv'])).code).toBe(0);
        const before = await withDb(ws, tableCounts);
        const { code, io } = await ingest(ws, [file]);
        const lines = io.stderr.join('\n').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('warning: '));
        expect({ file, code }).toEqual({ file, code: 2 });
        expect(lines[0], file).toMatch(new RegExp(`^error: .*?${escape(file)}(:[^—]*)? — `));
        expect(lines[0], file).toMatch(new RegExp(want.refused!.message));
        if (want.refused!.unlike) expect(lines[0], file).not.toMatch(new RegExp(want.refused!.unlike));
        expect(lines, `${file}: one line, the hint included`).toHaveLength(1);
        expect(await withDb(ws, tableCounts), file).toEqual(before);
        if (want.refused!.code) {
          const { ingestFiles } = await import('../../pipelines/ingest/ingest.ts');
          const { openWorkspace } = await import('../../workspace/workspace.ts');
          const { silentLogger } = await import('../../workspace/Logger.ts');
          const opened = await openWorkspace(ws);
          const error = await withDb(ws, (db) => ingestFiles(db, [join(CORPUS, file)], { config: opened.config, logger: silentLogger }).catch((e) => e));
          expect({ file, code: error?.code, exitCode: error?.exitCode }).toEqual({ file, code: want.refused!.code, exitCode: 2 });
        }
      });
      continue;
    }
    it(`${file} — ${want.about}`, async () => {
      const { ingests, build, ws } = await groupOf(file);
      const { setup, own } = ingests.get(file)!;
      if (want.setup) expect(setup?.code, 'setup').toBe(0);
      const { code, io } = own;
      // Notes and warnings may go to stderr; an error may not.
      expect({ file, code, errors: io.stderr.filter((l) => l.startsWith('error')) }).toEqual({ file, code: 0, errors: [] });
      const result = JSON.parse(io.stdout.join('\n')) as { tables: { register: string; loaded: number }[]; rejects: Reported[] };
      const loaded: Record<string, number> = {};
      for (const t of result.tables) loaded[t.register] = (loaded[t.register] ?? 0) + t.loaded;
      expect({ file, loaded }).toEqual({ file, loaded: want.loaded });
      const rejects = result.rejects.map((r) => [r.source_row, canonicalColumn(r)]).sort((a, b) => Number(a[0]) - Number(b[0]));
      expect({ file, rejects }).toEqual({ file, rejects: want.rejects ?? [] });
      for (const [at, pattern] of Object.entries(want.reasons ?? {})) {
        const reject = result.rejects.find((r) => `${r.source_row}:${canonicalColumn(r)}` === at);
        expect(reject?.reason, `${file} ${at}`).toMatch(new RegExp(pattern, 'i'));
      }

      // Data errors are listed, never a crash or a usage error; the figures are built either way.
      expect([0, 2], `${file}: build exit`).toContain(build);
      const figures = await withDb(ws, async (db) => {
        const got: [string, unknown][] = [];
        for (const [sql] of want.figures ?? []) got.push([sql, plain(await queryValue(db, sql))]);
        return got;
      });
      expect({ file, figures }).toEqual({ file, figures: want.figures ?? [] });
    });
  }
});

describe('the corpus generator', () => {
  it('names every file of the manifest: the script is the record of how each was made', () => {
    const script = readFileSync(join(CORPUS, 'makeCorpus.ts'), 'utf8');
    for (const file of Object.keys(manifest)) expect(script, file).toContain(`'${file}'`);
  });
});
