#!/usr/bin/env node
/**
 * The README's pictures, made from the demo so they show what kenes writes today:
 *   docs/dashboard.png          the dashboard's first screen at 1366×768 (the summary)
 *   docs/dashboard-phone.png    the same at a phone's 390×844
 *   docs/dashboard-quorum.png   a section below it: meetings, with the quorum chart by body
 *   docs/workbook.png           a printed page of the annual workbook (the summary sheet), as
 *                               LibreOffice prints it: xlsx → PDF by soffice, the page drawn by pdf.js
 *
 * Needs Debian's chromium and libreoffice-calc (as the tests do). Run: `npm run pictures`
 * (or `node tools/readmePictures.mjs [--page N]`). Nothing leaves the machine: the dashboard is a
 * local file and pdf.js is served to the page from node_modules by Playwright's request routing.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'docs');
/** The README shows them inline; past this a picture is too heavy for a repository. */
const MAX_BYTES = 300 * 1024;
/** Page 1 is the cover sheet; page 2 starts the summary with the previous period. */
const pageArg = process.argv.indexOf('--page');
const WORKBOOK_PAGE = pageArg > 0 ? Number(process.argv[pageArg + 1]) : 2;
/** Pretend origin for pdf.js and the PDF: answered by page.route, never by the network. */
const ORIGIN = 'https://kenes.invalid';

const work = await mkdtemp(join(tmpdir(), 'kenes-pictures-'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  await mkdir(DOCS, { recursive: true });
  const demo = join(work, 'demo');
  await run(process.execPath, [join(ROOT, 'bin', 'kenes.mjs'), 'demo', demo], { cwd: ROOT, maxBuffer: 1 << 24 });
  const dashboard = join(demo, 'out', 'dashboard-2023.html');
  const workbook = join(demo, 'out', 'annual-report-2023.xlsx');

  await dashboardPicture(dashboard, 'dashboard.png', { width: 1366, height: 768 });
  await dashboardPicture(dashboard, 'dashboard-phone.png', { width: 390, height: 844 });
  await dashboardPicture(dashboard, 'dashboard-quorum.png', { width: 1366, height: 768 }, '#section-meetings');

  await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, workbook], { cwd: work, maxBuffer: 1 << 24 });
  await workbookPicture(join(work, 'annual-report-2023.pdf'), WORKBOOK_PAGE, 'workbook.png');
} finally {
  await browser.close();
  await rm(work, { recursive: true, force: true });
}

async function dashboardPicture(file, name, viewport, selector) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
  try {
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-rendered="true"]', { timeout: 60_000 });
    const out = join(DOCS, name);
    if (selector) await page.locator(selector).screenshot({ path: out });
    else await page.screenshot({ path: out });
    await report(out);
  } finally {
    await page.close();
  }
}

/** One page of the PDF drawn by pdf.js (as bundled by unpdf) on a canvas in Chromium, screenshotted. */
async function workbookPicture(pdfFile, pageNumber, name) {
  const require = createRequire(import.meta.url);
  const pdfjs = await readFile(join(dirname(require.resolve('unpdf')), 'pdfjs.mjs'));
  const pdf = await readFile(pdfFile);
  const html = `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#fff">
<canvas id="page"></canvas>
<script type="module">
import { getDocument } from '${ORIGIN}/pdfjs.mjs';
const data = new Uint8Array(await (await fetch('${ORIGIN}/workbook.pdf')).arrayBuffer());
const doc = await getDocument({ data, isEvalSupported: false }).promise;
const page = await doc.getPage(${Number(pageNumber)});
const viewport = page.getViewport({ scale: 1.4 });
const canvas = document.getElementById('page');
canvas.width = viewport.width;
canvas.height = viewport.height;
await page.render({ canvasContext: canvas.getContext('2d'), viewport }).promise;
document.body.dataset.pages = String(doc.numPages);
document.body.dataset.done = 'true';
</script>`;
  const page = await browser.newPage({ viewport: { width: 1300, height: 1000 }, deviceScaleFactor: 1 });
  try {
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
      if (path === '/pdfjs.mjs') return route.fulfill({ contentType: 'text/javascript', body: pdfjs });
      if (path === '/workbook.pdf') return route.fulfill({ contentType: 'application/pdf', body: pdf });
      return route.abort();
    });
    await page.route((url) => !url.href.startsWith(ORIGIN), (route) => route.abort());
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${ORIGIN}/index.html`);
    await page.waitForFunction(() => document.body.dataset.done === 'true' || false, null, { timeout: 60_000 }).catch(() => {
      throw new Error(`pdf.js did not draw page ${pageNumber}: ${errors.join('; ') || 'no error reported'}`);
    });
    const out = join(DOCS, name);
    await page.locator('#page').screenshot({ path: out });
    await report(out);
  } finally {
    await page.close();
  }
}

async function report(file) {
  const { size } = await stat(file);
  if (size > MAX_BYTES) throw new Error(`${file}: ${Math.round(size / 1024)} KB, more than ${MAX_BYTES / 1024} KB — make the picture smaller`);
  process.stdout.write(`wrote ${file} (${Math.round(size / 1024)} KB)\n`);
}
