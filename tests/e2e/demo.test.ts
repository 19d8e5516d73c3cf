/**
 * The quick start's promise: the embedded sample goes through ingest, build and
 * report, and the workbook's summary holds the 2023 figures of the council's
 * own summary report — computed from the sample registers, read back from the file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDemo, type DemoResult } from '../../pipelines/demo.ts';
import { silentLogger } from '../../pipelines/Logger.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { examplePath } from '../helpers/examples.ts';
import { CHART_MARKS, launchChromium, openFile, waitForCharts } from '../helpers/chromium.ts';

let demo: DemoResult;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-demo-'));
  demo = await runDemo(join(dir, 'demo'), silentLogger);
}, 120_000);

describe('kenes demo', () => {
  it('writes the workbook and the dashboard for 2023', async () => {
    expect(demo.files).toEqual([join(dir, 'demo/out/annual-report-2023.xlsx'), join(dir, 'demo/out/dashboard-2023.html')]);
    for (const file of demo.files) expect((await stat(file)).size).toBeGreaterThan(10_000);
    // the sample is clean: nothing it holds is rejected
    expect(demo.rejected).toBe(0);
  });

  it('no output holds a U+FFFD: every character of the sample registers came through (exceljs once dropped split ones)', async () => {
    const out = join(dir, 'demo', 'out');
    const files = (await readdir(out, { recursive: true })).map((f) => join(out, String(f)));
    const texts: [string, string][] = [];
    for (const file of files) {
      if (/\.(md|html|svg)$/.test(file)) texts.push([file, await readFile(file, 'utf8')]);
      if (/\.(xlsx|docx)$/.test(file)) {
        const zip = await JSZip.loadAsync(await readFile(file));
        for (const part of Object.values(zip.files).filter((p) => p.name.endsWith('.xml'))) texts.push([`${file}:${part.name}`, await part.async('string')]);
      }
    }
    expect(texts.filter(([f]) => /\.(xlsx|docx):/.test(f)).length).toBeGreaterThan(20);
    expect(texts.some(([, t]) => t.includes('Поддержка малого бизнеса'))).toBe(true);
    expect(texts.filter(([, t]) => t.includes('\uFFFD')).map(([f]) => f)).toEqual([]);
  });

  it('the summary sheet holds the figures of the 2023 summary report', async () => {
    const labels = getLabels('ru');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo.files[0]);
    const summary = wb.getWorksheet(labels.sections.summary);
    expect(summary).toBeDefined();
    const values = new Map<string, unknown>();
    summary!.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    const expected = JSON.parse(await readFile(examplePath('report-2023-summary.expected.json'), 'utf8'));
    for (const [metric, value] of Object.entries(expected.figures as Record<string, number>)) {
      expect([metric, values.get(labels.metrics[metric as keyof typeof labels.metrics])]).toEqual([metric, value]);
    }
  });

  it('the workbook has the meetings, activities, appeals and member KPI sheets with rows', async () => {
    const labels = getLabels('ru');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo.files[0]);
    for (const key of ['meetings', 'activities', 'appeals', 'memberKpi'] as const) {
      const sheet = wb.getWorksheet(labels.sections[key]);
      expect(sheet, key).toBeDefined();
      expect(sheet!.rowCount, key).toBeGreaterThan(10);
    }
  });

  it('the dashboard opens offline in Chromium: every chart draws, no errors, no network', async () => {
    const browser = await launchChromium();
    try {
      const { page, url, problems, requests } = await openFile(browser, demo.files[1]);
      await waitForCharts(page);
      const figures = await page.locator('figure').count();
      expect(figures).toBeGreaterThanOrEqual(4);
      expect(await page.locator(`figure:has(${CHART_MARKS.split(', ').join('), figure:has(')})`).count()).toBe(figures);
      // the KPI cards carry the figures of the marts
      expect(await page.locator('.kpi').count()).toBe(30);
      expect(await page.textContent('body')).toContain('578');
      expect(problems).toEqual([]);
      expect(requests.filter((r) => r !== url && !/^(data|about):/.test(r))).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('running the demo again into the same folder does not double anything', async () => {
    const again = await runDemo(join(dir, 'demo'), silentLogger);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(again.files[0]);
    const labels = getLabels('ru');
    const values = new Map<string, unknown>();
    wb.getWorksheet(labels.sections.summary)!.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(values.get(labels.metrics.letters_sent)).toBe(578);
    expect(values.get(labels.metrics.appeals_received)).toBe(700);
  });
});
