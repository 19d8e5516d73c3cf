/**
 * The quick start's promise: the embedded sample goes through ingest, build and
 * report, and the workbook's summary holds the 2023 figures of the council's
 * own summary report — computed from the sample registers, read back from the file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import JSZip from 'jszip';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../pipelines/demo.ts';
import { silentLogger } from '../../workspace/Logger.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { examplePath } from '../helpers/examples.ts';
import { CHART_MARKS, closeContexts, openFile, openOnce, sharedChromium, waitForCharts } from '../helpers/chromium.ts';
import { historyPoints, readCards, readSummary } from '../helpers/comparisons.ts';
import { openDatabase, queryRows } from '../../workspace/db.ts';
import { sharedDemo, type SharedDemo } from '../helpers/sharedWorkspace.ts';

let demo: SharedDemo;
let dir: string;
let browser: Browser | undefined;

/** One Chromium for the file, started by the first test that opens the dashboard. */
async function chromium(): Promise<Browser> {
  return (browser ??= await sharedChromium());
}

/** The demo's dashboard, opened once for the two tests that read it. */
const dashboard = openOnce(async () => openFile(await chromium(), demo.files[1]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-demo-'));
  // `kenes demo`, made once per run for the files that read it (tests/helpers/sharedWorkspace.ts) and copied here;
  // the last test runs the demo again itself, into this copy.
  demo = await sharedDemo(join(dir, 'demo'));
}, 120_000);

afterAll(async () => {
  await closeContexts(browser);
});

describe('kenes demo', () => {
  it('writes the workbook and the dashboard for 2023', async () => {
    expect(demo.code).toBe(0);
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
    const { page, url, problems, requests } = await dashboard();
    await waitForCharts(page);
    const figures = await page.locator('figure').count();
    expect(figures).toBeGreaterThanOrEqual(4);
    expect(await page.locator(`figure:has(${CHART_MARKS.split(', ').join('), figure:has(')})`).count()).toBe(figures);
    // the KPI cards carry the figures of the marts
    expect(await page.locator('.kpi').count()).toBe(30);
    expect(await page.textContent('body')).toContain('578');
    expect(problems).toEqual([]);
    expect(requests.filter((r) => r !== url && !/^(data|about):/.test(r))).toEqual([]);
  });

  it('no figure is compared with 2022, which the sample holds no records of (issue 14): marts, workbook, dashboard, history chart', async () => {
    const labels = getLabels('ru');
    const db = await openDatabase(join(dir, 'demo', 'kenes.duckdb'));
    let compared: Record<string, unknown>[];
    let history: Record<string, unknown>[];
    try {
      compared = await queryRows(db, 'select metric, previous_value, year_ago_value from mart_period_metrics where previous_value is not null or year_ago_value is not null order by metric');
      history = await queryRows(db, 'select year, metric, value from mart_metric_history where value is not null order by metric, year');
    } finally {
      db.close();
    }
    // Only the figures of a moment on 2022-12-31, which the registers record: who was a member (the members
    // register runs from 2022-05-20) and the three NPAs received on 27, 29 and 30 December and reviewed in January.
    // The one report hearing of December 2022 does not make 2022 a year of activities.
    expect(compared.map((r) => r.metric)).toEqual(['commissions', 'members_civil', 'members_state', 'members_total', 'npa_pending']);
    expect(compared.find((r) => r.metric === 'npa_pending')).toEqual({ metric: 'npa_pending', previous_value: 3, year_ago_value: 3 });
    expect(history.every((r) => r.year === 2023)).toBe(true);
    expect(history).toHaveLength(16);

    const summary = await readSummary(demo.files[0], labels);
    expect(summary.size).toBe(30);
    for (const [metric, cells] of summary) {
      if (compared.some((r) => r.metric === metric)) {
        expect([metric, typeof cells.previous.value]).toEqual([metric, 'number']);
        continue;
      }
      // an empty cell that says why, never a 0
      expect([metric, cells.previous.value, cells.yearAgo.value]).toEqual([metric, null, null]);
      expect([metric, cells.previous.note]).toEqual([metric, labels.ui.noDataNote]);
      expect(typeof cells.value.value).toBe('number');
    }

    const svg = await readFile(join(dir, 'demo', 'out', 'charts', 'metricHistory.svg'), 'utf8');
    expect(historyPoints(svg).map((p) => p.year)).toEqual(Array(16).fill('2023'));

    const { page, problems } = await dashboard();
    await waitForCharts(page);
    const cards = await readCards(page);
    expect(cards).toHaveLength(30);
    // members joined and left have no 2022 (the register starts in May 2022); the members of a moment are
    // unchanged (no arrow); the NPAs pending rose from the three of 31 December 2022 to four
    expect(cards.filter((c) => c.arrow).map((c) => c.label)).toEqual([labels.metrics.npa_pending]);
    expect(cards.find((c) => c.label === labels.metrics.npa_pending)?.change).toMatch(/^▲ \+1 \(\+33,3\s%\) предыдущий период: 3 /);
    const noData = cards.filter((c) => c.change.includes('нет данных за 2022'));
    expect(noData).toHaveLength(25);
    expect(noData.every((c) => !/предыдущий период: 0|▲|▼/.test(c.change))).toBe(true);
    expect(cards.find((c) => c.label === labels.metrics.members_total)?.change).toContain('предыдущий период: 36');
    expect(problems).toEqual([]);
  }, 60_000);

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
