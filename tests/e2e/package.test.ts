/**
 * kenes as a package: `npm pack` (which builds dist/ with tools/buildPackage.mjs)
 * installs into an empty folder and runs — JavaScript only, no TypeScript
 * compiled at run time, and the bundled exceljs is the patched one (the
 * installed demo reads the sample's activities.xlsx without a U+FFFD).
 * Installs from npm's cache (filled by `npm ci`), so it needs no network.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
let dir: string;
let app: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-pack-'));
  app = join(dir, 'app');
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root });
  const tarball = join(dir, stdout.trim().split('\n').pop()!);
  await run('mkdir', ['-p', app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'council-app', private: true }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app, maxBuffer: 1 << 24 });
}, 300_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('npm pack', () => {
  it('ships JavaScript, the SQL and the sample, and no TypeScript sources', async () => {
    const pkg = join(app, 'node_modules', 'kenes');
    const files = (await readdir(pkg, { recursive: true })).map(String);
    expect(files.filter((f) => f.endsWith('.ts'))).toEqual([]);
    expect(files).toContain(join('dist', 'cli.mjs'));
    expect(files).toContain(join('sql', 'marts', 'mart_period_metrics.sql'));
    expect(files).toContain(join('sources', 'sample', 'workspace', 'kenes.config.json'));
    // tsx is for development only: an installed kenes never needs it
    const manifest = JSON.parse(await readFile(join(pkg, 'package.json'), 'utf8'));
    expect(Object.keys(manifest.dependencies)).not.toContain('tsx');
    // exceljs is bundled (patched): installing it again beside would be 180 packages for nothing
    expect(Object.keys(manifest.dependencies)).not.toContain('exceljs');
    expect(files.some((f) => f.startsWith(join('node_modules', 'exceljs')))).toBe(false);
    expect(await readdir(join(app, 'node_modules'))).not.toContain('exceljs');
  });

  it('installed into an empty folder, `npx kenes --help` lists the commands', async () => {
    const { stdout } = await run('npx', ['--no-install', 'kenes', '--help'], { cwd: app });
    expect(stdout).toMatch(/^Usage: kenes/m);
    for (const command of ['ingest', 'build', 'report', 'extract', 'demo']) expect(stdout).toContain(command);
  });

  it('`npx kenes demo` writes the workbook and dashboard, every character of the sample intact', async () => {
    const { stdout } = await run('npx', ['--no-install', 'kenes', 'demo'], { cwd: app, maxBuffer: 1 << 24 });
    expect(stdout).toContain(join(app, 'demo', 'out', 'annual-report-2023.xlsx'));
    // an activity title of the sample's activities.xlsx, as the unpatched reader broke it ("ма��ого")
    const draft = await readFile(join(app, 'demo', 'out', 'annual-report-2023.md'), 'utf8');
    expect(draft).toContain('Поддержка малого бизнеса');
    for (const file of ['annual-report-2023.md', 'dashboard-2023.html']) {
      expect([file, (await readFile(join(app, 'demo', 'out', file), 'utf8')).includes('\uFFFD')]).toEqual([file, false]);
    }
  }, 180_000);
});
