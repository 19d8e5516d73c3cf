/**
 * The dashboard's filters in headless Chromium: choosing a commission or a
 * quarter redraws the charts that have rows per commission or month with only
 * those rows (the figures themselves come from the marts), and the page stays
 * offline and error-free throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildChart, chartRegistry, type ChartId } from '../../reports/charts/chartRegistry.ts';
import { renderDashboard } from '../../reports/dashboard/renderDashboard.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { metricChange, rowsByMart } from '../unit/reports/reportFixtures.ts';
import { CHART_MARKS, closeContexts, openFile, sharedChromium, waitForCharts } from '../helpers/chromium.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-filters-'));
  browser = await sharedChromium();
});

afterAll(async () => {
  await closeContexts(browser);
  await rm(dir, { recursive: true, force: true });
});

async function marks(page: Page, chart: ChartId): Promise<number> {
  // Data marks only (role-mark), not legend symbols.
  return page.locator(`figure[data-chart="${chart}"] .mark-rect.role-mark path, figure[data-chart="${chart}"] .mark-symbol.role-mark path`).count();
}

async function choose(page: Page, select: string, value: string): Promise<void> {
  await page.selectOption(select, value);
  await page.waitForSelector('html[data-rendered="true"]');
}

describe('dashboard filters in Chromium', () => {
  it('the commission and period filters change the charts; every chart draws; no errors, no network', async () => {
    const labels = getLabels('ru');
    const charts = (Object.keys(chartRegistry) as ChartId[]).map((id) => buildChart(id, rowsByMart[chartRegistry[id].mart], labels));
    const html = await renderDashboard({
      title: labels.ui.reportTitle,
      councilName: 'Общественный совет г. Алматы',
      period: '2025',
      lang: 'ru',
      metrics: metricChange,
      charts,
      commissions: [
        { id: '1', name: 'Экономика' },
        { id: '3', name: '</script><b>Кәсіпкерлік</b>' },
      ],
    });
    const file = join(dir, 'dashboard.html');
    await writeFile(file, html, 'utf8');
    const { page, url, problems, requests, dialogs } = await openFile(browser, file);
    try {
      await waitForCharts(page);
      await page.waitForSelector('html[data-rendered="true"]');
      // every chart of the registry drew marks
      expect(await page.locator(`figure:has(${CHART_MARKS.split(', ').join('), figure:has(')})`).count()).toBe(charts.length);

      // KPI cards show the change computed in SQL, signed
      const monitorings = await page.locator('.kpi', { hasText: labels.metrics.monitorings }).textContent();
      expect(monitorings).toMatch(/▼ [-−]4/);

      const all = { kpi: await marks(page, 'memberKpiRanking'), activities: await marks(page, 'activitiesByMonth'), heat: await marks(page, 'attendanceHeatmap') };
      expect(all).toEqual({ kpi: 3, activities: 5, heat: 4 });
      const quorumBefore = await page.locator('figure[data-chart="meetingsQuorum"]').innerHTML();

      await choose(page, '#filter-commission', '3');
      expect(await marks(page, 'memberKpiRanking')).toBe(2);
      expect(await marks(page, 'activitiesByMonth')).toBe(1);
      expect(await marks(page, 'attendanceHeatmap')).toBe(2);
      // a chart without commission rows is left as it was
      expect(await page.locator('figure[data-chart="meetingsQuorum"]').innerHTML()).toBe(quorumBefore);
      expect(await page.textContent('#filter-state')).toContain('Кәсіпкерлік');

      await choose(page, '#filter-commission', '');
      await choose(page, '#filter-part', '2025-Q2');
      expect(await marks(page, 'activitiesByMonth')).toBe(2);
      // April and May: received, answered and the on-time share
      expect(await page.locator('figure[data-chart="appealsMonthly"] .mark-symbol.role-mark path').count()).toBe(6);
      expect(await marks(page, 'memberKpiRanking')).toBe(3);

      // Print: the filter controls give way to a line naming the filter.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#filter-commission').isVisible()).toBe(false);
      expect(await page.locator('#filter-state').isVisible()).toBe(true);

      // The hostile commission name is an option's text, never markup.
      expect(await page.locator('#filter-commission b').count()).toBe(0);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests.filter((r) => r !== url && !/^(data|about):/.test(r))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('every figure has a description for screen readers', async () => {
    const labels = getLabels('kk');
    const charts = (Object.keys(chartRegistry) as ChartId[]).map((id) => buildChart(id, rowsByMart[chartRegistry[id].mart], labels));
    const file = join(dir, 'dashboard-kk.html');
    await writeFile(file, await renderDashboard({ title: labels.ui.reportTitle, councilName: 'Кеңес', period: '2025', lang: 'kk', metrics: metricChange, charts }), 'utf8');
    const { page, problems } = await openFile(browser, file);
    try {
      await waitForCharts(page);
      for (const figure of await page.locator('figure').all()) {
        const id = await figure.getAttribute('aria-describedby');
        expect((await page.locator(`#${id}`).textContent())?.length).toBeGreaterThan(20);
      }
      // Vega puts the spec's description on the SVG as its aria-label.
      expect(await page.locator(`figure[data-chart="attendanceHeatmap"] [aria-label*="${labels.charts.attendanceHeatmap.description.slice(0, 20)}"]`).count()).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
