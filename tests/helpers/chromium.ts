/**
 * Real headless Chromium (Debian's /usr/bin/chromium) for the dashboard tests,
 * with the flags that keep it off this machine's closed network, and a page
 * opener that records console errors, requests and dialogs.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Marks Vega draws for bars, lines and points: a chart with none of them drew nothing. */
export const CHART_MARKS = 'svg .mark-rect path, svg .mark-line path, svg .mark-symbol path';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
  const page = await browser.newPage();
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
