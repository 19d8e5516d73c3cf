/**
 * A report step that fails ends the process with its message (issue 11: after a failing step, `kenes report`
 * closed the database under the still-running checkpoint and chart rasterising, and crashed or hung for
 * minutes). The real CLI runs as its own process: it must exit, with the error's exit code and one line.
 * The workbook is the last file written, while the checkpoint runs: here its path is a folder, so it fails there.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../workspace/workspace.ts';
import { builtSample } from '../helpers/ingestedSample.ts';
import { kenesBin } from '../helpers/kenesBin.ts';

const KENES = kenesBin();

let dir: string;
let ws: Workspace;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-report-failure-'));
  // The sample built for 2023 (built once per run and copied): the report finds its marts up to date.
  ws = await builtSample(join(dir, 'ws'));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Exit code and stderr of the CLI as a process; a process still running after the timeout is killed and fails the test. */
function kenes(...args: string[]): Promise<{ code: number | null; signal: string | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [KENES, ...args], { timeout: 180_000 }, (error, _stdout, stderr) => {
      const failed = error as (Error & { code?: number; signal?: string; killed?: boolean }) | null;
      resolve({ code: failed ? (failed.killed ? null : failed.code ?? null) : 0, signal: failed?.signal ?? null, stderr });
    });
  });
}

describe('kenes report when a step fails', () => {
  it('exits with the error, after every file it could write, with no temp file left', async () => {
    const out = join(dir, 'out');
    // A folder (not empty) where the workbook should go: renaming the finished workbook onto it fails.
    await mkdir(join(out, 'annual-report-2023.xlsx'), { recursive: true });
    await writeFile(join(out, 'annual-report-2023.xlsx', 'keep.txt'), 'x');
    const result = await kenes('report', '--workspace', ws.dir, '--out', out);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: .*annual-report-2023\.xlsx — Cannot write the workbook: /m);
    expect(result.stderr).not.toMatch(/Unexpected error/);
    const files = await readdir(out);
    expect(files).toEqual(expect.arrayContaining(['dashboard-2023.html', 'annual-report-2023.md', 'annual-report-2023.docx', 'charts']));
    expect(files.filter((f) => f.includes('.tmp'))).toEqual([]);
    expect((await readdir(join(out, 'charts'))).filter((f) => f.includes('.tmp'))).toEqual([]);
    // The database was closed properly: the next command opens it and the report now goes through.
    await rm(join(out, 'annual-report-2023.xlsx'), { recursive: true });
    const again = await kenes('report', '--workspace', ws.dir, '--out', out);
    expect(again.code).toBe(0);
  }, 400_000);
});
