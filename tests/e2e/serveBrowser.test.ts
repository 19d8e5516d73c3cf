/**
 * `kenes serve` in real Chromium, as the secretariat uses it: sign in, upload the sample registers
 * (one meeting's date mistyped) and see the refused row, upload the corrected file, upload a
 * protocol and a report, accept a candidate figure and give an unmatched name its member, build
 * with progress, download the workbook and read it with exceljs, switch to Kazakh. No console
 * error on any page (the CSP allows no inline script: one would show here).
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { SAMPLE_DIR } from '../../workspace/paths.ts';
import { copyWorkspace } from '../../workspace/workspace.ts';
import { startServer, type RunningServer } from '../../serve/startServer.ts';
import { addUser } from '../../serve/users.ts';
import { CHART_MARKS, closeContexts, sharedChromium } from '../helpers/chromium.ts';

const PROTOCOL = new URL('../fixtures/sample-documents/protocol-presidium-2023-12-27.txt', import.meta.url).pathname;
const PASSWORD = 'a long secretariat password';

let browser: Browser;
let server: RunningServer;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-serve-'));
  const ws = await copyWorkspace(SAMPLE_DIR, join(dir, 'ws'));
  await addUser(ws.dir, 'aigerim', 'secretariat', PASSWORD);
  await addUser(ws.dir, 'analyst', 'viewer', PASSWORD);
  server = await startServer(ws, { host: '127.0.0.1', port: 0 });
  browser = await sharedChromium();
});

afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('kenes serve in Chromium', () => {
  it('does the year: ingest, fix a reject, review, build, download, in Russian and Kazakh', async () => {
    // Files as the secretariat has them on its computer: the sample registers, one with a mistake.
    const files = join(dir, 'upload');
    const fixedDir = join(dir, 'fixed');
    await Promise.all([files, fixedDir].map((d) => import('node:fs/promises').then((fs) => fs.mkdir(d))));
    const names = await readdir(join(SAMPLE_DIR, 'inputs'));
    for (const name of names) await writeFile(join(files, name), await readFile(join(SAMPLE_DIR, 'inputs', name)));
    const meetings = await readFile(join(SAMPLE_DIR, 'inputs', 'meetings.csv'), 'utf8');
    await writeFile(join(files, 'meetings.csv'), meetings.replace('P-2023-01,presidium,2023-01-19', 'P-2023-01,presidium,31.02.2023'));
    await writeFile(join(fixedDir, 'meetings.csv'), meetings);
    await writeFile(join(fixedDir, 'protocol-8.txt'), (await readFile(PROTOCOL, 'utf8')).replace('Ермекова Д.С.', 'Ермеков А.'));
    await writeFile(join(fixedDir, 'report-2023.txt'), 'Отчет о работе Общественного совета за 2023 год\nПроведено около 15 мониторингов.\nПроведено 6 заседаний Общественного совета.\n');

    const context = await browser.newContext({ acceptDownloads: true });
    // An upload is ingested in the background and the page waits for it: with other suites on the two cores
    // that took over Playwright's default 30 s once, so every wait here has two minutes (none is timed).
    context.setDefaultTimeout(120_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });

    await page.goto(server.url);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=name]', 'aigerim');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(/\/inputs$/), page.click('form[action="/login"] button')]);
    await expect(heading(page)).resolves.toBe('Реестры и документы');

    await page.setInputFiles('input[name=files]', names.map((n) => join(files, n)));
    await Promise.all([page.waitForURL(/done=/), page.click('#upload button')]);
    await page.waitForSelector('#result');
    const membersRow = await page.textContent('#result tr:has(td:text-is("inputs/members.xlsx"))');
    expect(membersRow).toContain('38');
    const rejected = page.locator('#rejects tr', { hasText: '31.02.2023' });
    expect(await rejected.count()).toBe(1);
    expect(await rejected.textContent()).toContain('inputs/meetings.csv');

    await page.setInputFiles('input[name=files]', [join(fixedDir, 'meetings.csv')]);
    await Promise.all([page.waitForURL(/done=/), page.click('#upload button')]);
    await page.waitForSelector('#no-rejects');

    await page.setInputFiles('input[name=files]', [join(fixedDir, 'protocol-8.txt'), join(fixedDir, 'report-2023.txt')]);
    await Promise.all([page.waitForURL(/done=/), page.click('#upload button')]);
    await page.waitForSelector('#result a[href="/review"]');

    await page.click('nav a[href="/review"]');
    const candidate = page.locator('tr[data-row^="report-2023."][data-row*=".review.xlsx:"]');
    expect(await candidate.textContent()).toContain('Проведено около 15 мониторингов.');
    await candidate.locator('select[name=decision]').selectOption('accept');
    await Promise.all([page.waitForURL(/\/review\/decide$/), candidate.locator('form.decide button').click()]);
    expect(await page.locator('tr[data-row^="report-2023."][data-row*=".review.xlsx:"] .decided').textContent()).toContain('принять (accept)');
    const name = page.locator('tr[data-row^="protocol-8."][data-row*=".review.xlsx:"]');
    expect(await name.textContent()).toContain('Ермеков А.');
    await Promise.all([page.waitForURL(/\/review\/decide$/), name.locator('form.candidate button', { hasText: 'M02' }).click()]);
    expect(await page.locator('tr[data-row^="protocol-8."][data-row*=".review.xlsx:"] .decided').textContent()).toMatch(/исправить \(correct\)\s+M02/);

    await page.click('nav a[href="/outputs"]');
    await page.fill('#build input[name=period]', '2023');
    await Promise.all([page.waitForURL(/job=/), page.click('#build button')]);
    // app.js follows the job and reloads the page when it ends.
    await page.waitForURL(/done=/, { timeout: 300_000 });
    expect(await page.getAttribute('[data-job]', 'data-state')).toBe('done');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-job] a[href="/files/annual-report-2023.xlsx"]')]);
    const saved = join(dir, 'downloaded.xlsx');
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.worksheets.length).toBeGreaterThan(10);
    expect(workbook.worksheets.map((s) => s.name).join(' ')).toMatch(/Свод|Заседания|Обращения/);

    await page.click('nav a[href="/figures"]');
    // The dashboard draws in its sandbox (its own CSP lets Vega run, nothing of this site reachable).
    await page.frameLocator('iframe.dashboard').locator(CHART_MARKS).first().waitFor({ timeout: 60_000 });

    await page.click('header .lang a[hreflang=kk]');
    await expect(heading(page)).resolves.toBe('Көрсеткіштер тақтасы');
    await page.click('nav a[href="/inputs"]');
    await expect(heading(page)).resolves.toBe('Тізілімдер мен құжаттар');
    expect(await page.textContent('nav')).toContain('Тексеру');

    // The decisions are in the store the CLI's review sheet fills, with who took them.
    const db = await openDatabase(join(dir, 'ws', 'kenes.duckdb'), { readOnly: true });
    try {
      expect(await queryRows(db, `select item_key, decision, value, note like '[aigerim, %' as by from review_decisions order by item_key`)).toEqual([
        { item_key: 'monitorings', decision: 'accept', value: '15', by: true },
        { item_key: 'Ермеков А.', decision: 'correct', value: 'M02', by: true },
      ]);
    } finally {
      db.close();
    }
    expect(problems).toEqual([]);
    await context.close();

    // A viewer: the public dashboard, no upload, no review.
    const viewer = await browser.newContext();
    viewer.setDefaultTimeout(120_000);
    const view = await viewer.newPage();
    await view.goto(`${server.url}login`);
    await view.fill('input[name=name]', 'analyst');
    await view.fill('input[name=password]', PASSWORD);
    await Promise.all([view.waitForURL(/\/inputs$/), view.click('form[action="/login"] button')]);
    expect(await view.locator('#upload').count()).toBe(0);
    expect(await view.textContent('nav')).not.toContain('Проверка');
    await view.click('nav a[href="/figures"]');
    expect(await view.getAttribute('iframe.dashboard', 'src')).toBe('/files/public/dashboard-2023.html');
    await view.frameLocator('iframe.dashboard').locator(CHART_MARKS).first().waitFor({ timeout: 60_000 });
    await viewer.close();
  }, 600_000);
});

function heading(page: Page): Promise<string | null> {
  return page.textContent('main h1');
}
