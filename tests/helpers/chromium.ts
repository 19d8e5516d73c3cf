/**
 * Real headless Chromium (Debian's /usr/bin/chromium) for the dashboard tests,
 * with the flags that keep it off this machine's closed network, and a page
 * opener that records console errors, requests and dialogs.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Marks Vega draws for bars, lines and points: a chart with none of them drew nothing. */
export const CHART_MARKS = 'svg .mark-rect path, svg .mark-line path, svg .mark-symbol path';

let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium, launched on first use and shared by the test files the worker runs one after
 * another (the e2e project keeps its modules from file to file: isolate: false). A launch and its first
 * page took 0.7–1.2 s of CPU on the shared 2-core machine: seven files launched seven, three workers now
 * launch three (the four dashboard files in one worker: Chromium 30.4 s of CPU before, 29.6 s after).
 * A file closes what it opened with closeContexts; Playwright kills the browser when the worker exits,
 * and one that crashed or was closed is launched again.
 */
export function sharedChromium(): Promise<Browser> {
  shared ??= chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }).then((browser) => {
    browser.on('disconnected', () => { shared = undefined; });
    return browser;
  }, (error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

/**
 * The context the worker's files open their pages in (openFile, filePage), with a page of its own kept open on a
 * local file so that Chromium keeps the renderer process of file:// pages alive between them: a page opened beside
 * it reuses that process — no new process to start, and V8 finds the scripts it compiled for an earlier page (Vega's
 * 830 kB, inline, which V8 caches only within a process). An open of the demo's dashboard took 5.3 s of Chromium's
 * CPU in a context of its own (browser.newPage), 3.0–3.3 s beside the kept page (/tmp measure, 4 opens each).
 * The dashboard keeps nothing in storage or cookies, so what one page of the context leaves the next does not read.
 */
const filesContexts = new WeakMap<Browser, Promise<{ context: BrowserContext; keeper: Page }>>();

function filesContext(browser: Browser): Promise<{ context: BrowserContext; keeper: Page }> {
  let made = filesContexts.get(browser);
  if (!made) {
    made = (async () => {
      const context = await browser.newContext();
      const keeper = await context.newPage();
      await keeper.goto(new URL('./keptPage.html', import.meta.url).href);
      return { context, keeper };
    })();
    made.catch(() => filesContexts.delete(browser));
    filesContexts.set(browser, made);
  }
  return made;
}

/** A new page for a local file (or for no page at all: about:blank), in the worker's context of file pages. */
export async function filePage(browser: Browser): Promise<Page> {
  return (await filesContext(browser)).context.newPage();
}

/**
 * Closes what a file opened in the shared browser, as the files run one at a time: every page openFile or filePage
 * opened (the context of file pages and its kept page stay for the next file) and every other context.
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const files = await filesContexts.get(browser)?.catch(() => undefined);
  await Promise.all(browser.contexts().map((context) => context === files?.context
    ? Promise.all(context.pages().filter((page) => page !== files.keeper).map((page) => page.close()))
    : context.close()));
}

export interface OpenedPage {
  page: Page;
  url: string;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

export async function openFile(browser: Browser, file: string): Promise<OpenedPage> {
  const url = pathToFileURL(file).href;
  const page = await filePage(browser);
  const opened: OpenedPage = { page, url, problems: [], requests: [], dialogs: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') opened.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => opened.problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return opened;
}

/**
 * `open`, run once and kept for the tests of a file that each read one dashboard: an open draws every chart
 * again (~2.5 s of Chromium's CPU for the demo's), the page's problems and requests gather from its open on,
 * and closeContexts closes it with the rest. Tests that change the page (a viewport, print media) set what
 * they read from.
 */
export function openOnce(open: () => Promise<OpenedPage>): () => Promise<OpenedPage> {
  let opened: Promise<OpenedPage> | undefined;
  return () => (opened ??= open());
}

/** Waits until every <figure> holds drawn marks. */
export async function waitForCharts(page: Page): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const figures = [...document.querySelectorAll('figure')];
      return figures.length > 0 && figures.every((f) => f.querySelector(selector) !== null);
    },
    CHART_MARKS,
    { timeout: 30_000 },
  );
}
