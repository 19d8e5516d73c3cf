/**
 * Messages quote what people typed (a file name, a value); on stderr (a terminal, a log) no control
 * character of theirs gets through: an escape sequence could clear or rewrite the screen. The real CLI,
 * as its own process, with a file name holding ESC [2J (clear screen) and BEL.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initWorkspace } from '../../workspace/workspace.ts';
import { kenesBin } from '../helpers/kenesBin.ts';

const KENES = kenesBin();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-terminal-'));
  await initWorkspace(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('messages on stderr', () => {
  it('carry the input text without its control characters', async () => {
    const name = join(dir, 'reg\u001b[2Jister\u0007.csv');
    const stderr = await new Promise<string>((resolve) => {
      execFile(process.execPath, [KENES, 'ingest', name, '--workspace', dir], { timeout: 120_000 }, (_error, _stdout, err) => resolve(err));
    });
    expect(stderr).toContain(`${join(dir, 'reg[2Jister.csv')}`);
    expect(stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
  });
});
