import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { tableCounts } from '../../workspace/backup.ts';
import { runCli } from '../../cli/cli.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { ingestFiles } from '../../pipelines/ingest/ingest.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { openWorkspace } from '../../workspace/workspace.ts';
import { acquireWorkspaceLock, LOCK_FILE } from '../../workspace/workspaceLock.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { sharedDemo } from '../helpers/sharedWorkspace.ts';
import { kenesBin } from '../helpers/kenesBin.ts';

const tempDir = useTempDir();
const BIN = kenesBin();

const capture = captureIO;

async function workspace(): Promise<string> {
  const ws = join(await tempDir(), 'ws');
  expect(await runCli(['init', ws], capture())).toBe(0);
  return ws;
}

async function snapshot(ws: string) {
  const db = await openDatabase(join(ws, 'kenes.duckdb'));
  try {
    return {
      counts: await tableCounts(db),
      letters: await queryRows(db, 'select letter_id, sent_on, source_file from raw_letters order by letter_id'),
      batches: await queryRows(db, 'select batch_id, source_file, file_hash, rows_loaded, rows_rejected from batches order by batch_id, source_file'),
    };
  } finally {
    db.close();
  }
}

/** Two files: the fault fires after the first (20 rows), in the middle of the batch. */
async function twoFiles(dir: string, version: string) {
  const letters = join(dir, 'letters.csv');
  const bodies = join(dir, 'bodies.csv');
  await writeFile(letters, ['letter_id,sent_on,addressee', ...Array.from({ length: 20 }, (_, i) => `${version}${i},2023-02-${String(i + 1).padStart(2, '0')},D01`)].join('\n'));
  await writeFile(bodies, 'body_id,name,kind\nD01,Управление образования,department\nD02,Управление здравоохранения,department\n');
  return [letters, bodies];
}

describe('crash-safe ingest', () => {
  afterEach(() => {
    delete process.env.KENES_FAULT_AFTER_ROWS;
    delete process.env.KENES_FAULT_MODE;
  });

  it('a fault in the middle of a batch (in process) leaves the database exactly as it was', async () => {
    const ws = await workspace();
    const first = await twoFiles(join(ws, 'inputs'), 'A');
    expect(await runCli(['ingest', ...first, '-w', ws], capture())).toBe(0);
    const before = await snapshot(ws);
    const second = await twoFiles(join(ws, 'inputs'), 'B'); // re-ingest: the old rows are deleted inside the batch
    process.env.KENES_FAULT_AFTER_ROWS = '1';
    const io = capture();
    expect(await runCli(['ingest', ...second, '-w', ws], io)).toBe(3);
    expect(io.stderr.join('\n')).toContain('injected fault after 20 rows');
    delete process.env.KENES_FAULT_AFTER_ROWS;
    expect(await snapshot(ws)).toEqual(before);
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
  });

  it('a process killed with SIGKILL in the middle of a batch leaves the database exactly as it was', async () => {
    const ws = await workspace();
    const first = await twoFiles(join(ws, 'inputs'), 'A');
    expect(await runCli(['ingest', ...first, '-w', ws], capture())).toBe(0);
    const before = await snapshot(ws);
    const second = await twoFiles(join(ws, 'inputs'), 'B');
    const ready = join(ws, 'fault-ready');
    const child = spawn(process.execPath, [BIN, 'ingest', ...second, '-w', ws], {
      env: { ...process.env, KENES_FAULT_AFTER_ROWS: '1', KENES_FAULT_MODE: 'wait', KENES_FAULT_READY_FILE: ready },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    const deadline = Date.now() + 45_000;
    while (!existsSync(ready)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the child never reached the fault: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    // The batch has deleted the old rows and written 20 new ones inside its transaction; now the power goes.
    expect(readFileSync(ready, 'utf8')).toMatch(/^\d+ 20\n$/);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(join(ws, LOCK_FILE))).toBe(true); // left behind by the dead process
    expect(await snapshot(ws)).toEqual(before);
    // The stale lock of a dead pid is taken over: the next ingest runs.
    const io = capture();
    expect(await runCli(['ingest', ...second, '-w', ws], io)).toBe(0);
    expect((await snapshot(ws)).letters.map((r) => r.letter_id)).toContain('B0');
  });

  it('the same file ingested three times gives the same row counts; every batch is recorded', async () => {
    const ws = await workspace();
    const files = await twoFiles(join(ws, 'inputs'), 'A');
    const seen = [];
    for (let i = 0; i < 3; i++) {
      expect(await runCli(['ingest', ...files, '-w', ws], capture())).toBe(0);
      const { counts } = await snapshot(ws);
      seen.push([counts.raw_letters, counts.raw_bodies, counts.rejects]);
    }
    expect(seen).toEqual([[20, 2, 0], [20, 2, 0], [20, 2, 0]]);
    const { batches } = await snapshot(ws);
    expect(batches).toHaveLength(6);
    expect(batches.map((b) => [b.batch_id, b.source_file, b.rows_loaded])).toEqual([
      [1, 'inputs/bodies.csv', 2], [1, 'inputs/letters.csv', 20], [2, 'inputs/bodies.csv', 2], [2, 'inputs/letters.csv', 20], [3, 'inputs/bodies.csv', 2], [3, 'inputs/letters.csv', 20],
    ]);
    expect(new Set(batches.map((b) => b.file_hash)).size).toBe(2);
  });
});

describe('workspace lock', () => {
  it('a second writer is told the workspace is busy (exit 1), and can go once the first is done', async () => {
    const ws = await workspace();
    const [letters] = await twoFiles(join(ws, 'inputs'), 'A');
    // A lock held by a live process (this one stands in for another kenes).
    await writeFile(join(ws, LOCK_FILE), JSON.stringify({ pid: process.ppid, host: (await import('node:os')).hostname(), command: 'ingest', started: '2024-01-01T00:00:00.000Z' }));
    const io = capture();
    expect(await runCli(['ingest', letters, '-w', ws], io)).toBe(1);
    expect(io.stderr[0]).toMatch(/^error: .*kenes\.lock — the workspace is busy: `kenes ingest` \(pid \d+ on .+\) has been writing to it since 2024-01-01/);
    expect(io.stderr[0]).toContain('Hint: Wait for it to finish');
    for (const command of [['build'], ['report'], ['check'], ['restore', ws], ['export', 'parquet', '-o', join(ws, 'national')], ['export', 'quarterly', '-c', '1', '-p', '2025-Q1']]) {
      const refused = capture();
      expect(await runCli([...command, '-w', ws], refused), command.join(' ')).toBe(1);
      expect(refused.stderr[0], command.join(' ')).toMatch(/the workspace is busy/);
    }
    // Refused before anything was written.
    expect(existsSync(join(ws, 'national'))).toBe(false);
    const { rm } = await import('node:fs/promises');
    await rm(join(ws, LOCK_FILE));
    expect(await runCli(['ingest', letters, '-w', ws], capture())).toBe(0);
    expect(existsSync(join(ws, LOCK_FILE))).toBe(false);
  });

  it('the lock is exclusive within a process too, and released', async () => {
    const ws = await workspace();
    const release = await acquireWorkspaceLock(ws, 'ingest');
    await expect(acquireWorkspaceLock(ws, 'build')).rejects.toMatchObject({ code: 'workspace.busy', exitCode: 1 });
    await release();
    const again = await acquireWorkspaceLock(ws, 'build');
    await again();
  });

  it("DuckDB's own refusal of a second process becomes the same clear message", async () => {
    const ws = await workspace();
    const [letters] = await twoFiles(join(ws, 'inputs'), 'A');
    expect(await runCli(['ingest', letters, '-w', ws], capture())).toBe(0);
    // Another process holds the database open (a DuckDB CLI, say); kenes query does not take the workspace lock.
    const holder = spawn(process.execPath, ['--input-type=module', '-e',
      `const { DuckDBInstance } = await import('@duckdb/node-api'); const i = await DuckDBInstance.create(${JSON.stringify(join(ws, 'kenes.duckdb'))}); await i.connect(); console.log('open'); setInterval(() => {}, 1000);`],
    { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d) => { if (String(d).includes('open')) resolve(); });
        holder.on('exit', () => reject(new Error('holder exited')));
      });
      const io = capture();
      expect(await runCli(['query', 'select 1', '-w', ws], io)).toBe(1);
      expect(io.stderr[0]).toMatch(/^error: the workspace database is in use by another process/);
      expect(io.stderr.join('\n')).not.toContain('Unexpected');
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

describe('limits', () => {
  it('a file, a row count or an unpacked workbook past the config limits is refused with the limit named', async () => {
    const ws = await workspace();
    const config = JSON.parse(readFileSync(join(ws, 'kenes.config.json'), 'utf8'));
    config.limits = { max_file_mb: 0.01, max_rows: 5, max_xlsx_uncompressed_mb: 0.005 };
    await writeFile(join(ws, 'kenes.config.json'), JSON.stringify(config));
    const big = join(ws, 'inputs', 'letters.csv');
    await writeFile(big, 'letter_id,sent_on,addressee\n' + 'L1,2023-01-01,D01\n'.repeat(1000));
    let io = capture();
    expect(await runCli(['ingest', big, '-w', ws], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^error: inputs\/letters\.csv — the file is .* MB, more than the limit of 0\.01 MB/);
    const many = join(ws, 'inputs', 'bodies.csv');
    await writeFile(many, 'body_id,name,kind\n' + Array.from({ length: 6 }, (_, i) => `D${i},Орган ${i},department`).join('\n'));
    io = capture();
    expect(await runCli(['ingest', many, '-w', ws], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^error: inputs\/bodies\.csv — more than 5 rows, the limit\. Hint: .*limits\.max_rows/);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('letters');
    sheet.addRow(['letter_id', 'sent_on', 'addressee']);
    sheet.addRow(['L1', '2023-01-01', 'x'.repeat(6000)]);
    const xlsx = join(ws, 'inputs', 'letters-2023.xlsx');
    await wb.xlsx.writeFile(xlsx);
    io = capture();
    expect(await runCli(['ingest', xlsx, '-w', ws], io)).toBe(2);
    expect(io.stderr[0]).toMatch(/^error: inputs\/letters-2023\.xlsx — the file would unpack to more than the limit of 0\.0 MB/);
  });
});

describe('backup and restore', () => {
  it('a backup restored into a new workspace gives the same row counts and the same figures', async () => {
    const root = await tempDir();
    const demo = join(root, 'demo');
    expect((await sharedDemo(demo)).code).toBe(0);
    const io = capture();
    expect(await runCli(['backup', '-w', demo, '--out', join(root, 'backup')], io)).toBe(0);
    expect(io.stdout[0]).toContain('contains personal data');
    expect(existsSync(join(root, 'backup', 'kenes-backup.json'))).toBe(true);
    // Never into out/, where publishable files go.
    expect(await runCli(['backup', '-w', demo, '--out', join(demo, 'out', 'b')], capture())).toBe(1);

    const copy = join(root, 'copy');
    expect(await runCli(['init', copy], capture())).toBe(0);
    expect(await runCli(['restore', join(root, 'backup'), '-w', copy], capture())).toBe(0);
    const figures = 'select * from mart_period_metrics order by all';
    const read = async (ws: string) => {
      const db = await openDatabase((await openWorkspace(ws)).dbPath);
      try {
        return { counts: await tableCounts(db), figures: await queryRows(db, figures) };
      } finally {
        db.close();
      }
    };
    const original = await read(demo);
    expect(original.counts.raw_appeals).toBeGreaterThan(100);
    expect(await read(copy)).toEqual(original);
    // A database that holds data is not overwritten without --force.
    const again = capture();
    expect(await runCli(['restore', join(root, 'backup'), '-w', copy], again)).toBe(1);
    expect(again.stderr[0]).toContain('already holds data');
    expect(await runCli(['restore', join(root, 'backup'), '-w', copy, '--force'], capture())).toBe(0);
    expect((await read(copy)).counts).toEqual(original.counts);
    // Not a backup: a clear message.
    await mkdir(join(root, 'nothing'));
    const bad = capture();
    expect(await runCli(['restore', join(root, 'nothing'), '-w', copy, '--force'], bad)).toBe(1);
    expect(bad.stderr[0]).toContain('is not a kenes backup');
  });

  it('ingest through the library API also accepts the limits of the config', async () => {
    const ws = await openWorkspace(await workspace());
    const db = await openDatabase(ws.dbPath);
    try {
      const file = join(ws.inputsDir, 'letters.csv');
      await writeFile(file, 'letter_id,sent_on,addressee\nL1,2023-01-01,D01\nL2,2023-01-01,D01\n');
      const config = { ...ws.config, limits: { ...ws.config.limits, max_rows: 1 } };
      await expect(ingestFiles(db, [file], { config, logger: silentLogger })).rejects.toMatchObject({ code: 'read.tooManyRows' });
    } finally {
      db.close();
    }
  });
});
