import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli/cli.ts';
import { useTempDir } from '../helpers/tempDir.ts';
import { captureIO } from '../helpers/captureIO.ts';
import { kenesBin } from '../helpers/kenesBin.ts';

const tempDir = useTempDir();

const capture = captureIO;

describe('kenes CLI', () => {
  it('--help lists the commands and exits 0', async () => {
    const io = capture();
    expect(await runCli(['--help'], io)).toBe(0);
    const help = io.stdout.join('\n');
    for (const cmd of ['init', 'ingest', 'build', 'check', 'query', 'report', 'demo', 'extract', 'template', 'export', 'rollup', 'backup', 'restore']) expect(help).toContain(cmd);
  });

  it('usage errors exit 1: unknown command, unknown option, bad period, missing workspace', async () => {
    expect(await runCli(['frobnicate'], capture())).toBe(1);
    expect(await runCli(['ingest', '--nope', 'x.csv'], capture())).toBe(1);
    const dir = await tempDir();
    expect(await runCli(['init', join(dir, 'ws')], capture())).toBe(0);
    const io = capture();
    expect(await runCli(['build', '-w', join(dir, 'ws'), '--period', '2025-Q9'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('"2025-Q9" is not a period');
    const missing = capture();
    expect(await runCli(['build', '-w', join(dir, 'nowhere')], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('no kenes.config.json');
  });

  it('init, ingest, build and query work on a new workspace; a data error exits 2', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    expect(await runCli(['init', ws, '--council', 'Тестовый совет'], capture())).toBe(0);
    const letters = join(dir, 'letters.csv');
    await writeFile(letters, 'letter_id,sent_on,addressee,answered_on\nL1,2023-03-01,D1,2023-03-10\nL2,2023-03-02,D1,\n');
    const ingest = capture();
    expect(await runCli(['ingest', letters, '-w', ws], ingest)).toBe(0);
    expect(JSON.parse(ingest.stdout.join('\n')).tables[0]).toMatchObject({ register: 'letters', loaded: 2, rejected: 0 });
    expect(await runCli(['build', '-w', ws, '-p', '2023'], capture())).toBe(0);
    const query = capture();
    expect(await runCli(['query', "select value from mart_period_metrics where metric = 'letters_sent'", '-w', ws, '-f', 'json'], query)).toBe(0);
    expect(JSON.parse(query.stdout.join('\n'))).toEqual([{ value: 2 }]);
    // Queries only read: a write is refused and changes nothing.
    const write = capture();
    expect(await runCli(['query', 'delete from raw_letters', '-w', ws], write)).toBe(1);
    expect(write.stderr.join('\n')).toMatch(/read-only[\s\S]*kenes query only reads/);
    const count = capture();
    expect(await runCli(['query', 'select count(*) as n from raw_letters', '-w', ws, '-f', 'json'], count)).toBe(0);
    expect(JSON.parse(count.stdout.join('\n'))).toEqual([{ n: 2 }]);

    const empty = join(dir, 'appeals.csv');
    await writeFile(empty, '');
    const bad = capture();
    expect(await runCli(['ingest', empty, '-w', ws], bad)).toBe(2);
    // Outside the workspace a file is named by its whole path.
    expect(bad.stderr.join('\n')).toBe(`error: ${empty} — the file is empty`);
  });

  it('query output is CSV-safe: a cell that looks like a formula is neutralised', async () => {
    const dir = await tempDir();
    const ws = join(dir, 'ws');
    await runCli(['init', ws], capture());
    const io = capture();
    expect(await runCli(['query', `select '=HYPERLINK("http://x")' as t, 1 as n`, '-w', ws, '-f', 'csv'], io)).toBe(0);
    expect(io.stdout.join('\n')).toBe(`t,n\r\n"'=HYPERLINK(""http://x"")",1`);
  });
});

describe('kenes in a pipe', () => {
  it('a reader that stops early (`kenes … | head`) ends the output quietly: exit 0, no stack trace', async () => {
    const { execFileSync } = await import('node:child_process');
    const bin = kenesBin();
    // `true` reads nothing and is gone long before kenes (a fifth of a second to start, compiled) writes its help.
    const out = execFileSync('bash', ['-c', `"${process.execPath}" "${bin}" ingest --help 2>&1 | (true; exit 0); exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect(out).toBe('');
    const status = execFileSync('bash', ['-c', `"${process.execPath}" "${bin}" ingest --help 2>/tmp/kenes-epipe-$$.txt | true; echo "\${PIPESTATUS[0]}"; cat /tmp/kenes-epipe-$$.txt; rm -f /tmp/kenes-epipe-$$.txt`], { encoding: 'utf8' });
    expect(status.trim()).toBe('0');
  });
});
