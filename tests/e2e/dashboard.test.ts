/**
 * The dashboard in a real browser: headless Chromium opens the file offline
 * and must draw every chart, log no error, request nothing from the network,
 * and show hostile input as text (no alert, no formula, no markup).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildChart, chartRegistry, type ChartId } from '../../reports/charts/chartRegistry.ts';
import { renderDashboard } from '../../reports/dashboard/renderDashboard.ts';
import type { DashboardModel } from '../../reports/dashboard/DashboardModel.ts';
import { getLabels, type Lang } from '../../reports/i18n/getLabels.ts';
import { metricChange, rowsByMart, SCRIPT_TITLE } from '../unit/reports/reportFixtures.ts';

import { CHART_MARKS as MARKS, closeContexts, openFile, sharedChromium, waitForCharts } from '../helpers/chromium.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-dashboard-'));
  browser = await sharedChromium();
});

afterAll(async () => {
  await closeContexts(browser);
  await rm(dir, { recursive: true, force: true });
});

function dashboardModel(lang: Lang): DashboardModel {
  const labels = getLabels(lang);
  const charts = (Object.keys(chartRegistry) as ChartId[]).map((id) => buildChart(id, rowsByMart[chartRegistry[id].mart], labels));
  // A hostile chart title and council name too: they travel the same JSON path as row data.
  charts[0] = { ...charts[0], title: SCRIPT_TITLE };
  const summary = {
    figures: { general_meetings: 7, presidium_meetings: 4, commission_meetings: 20, council_attendance_rate: 0.9, appeals_on_time_rate: null },
    overdueBodies: [{ addressee: 'D1', addressee_name: SCRIPT_TITLE, overdue: 2, oldest_overdue_working_days: 14 }],
    kpiLeaders: [{ member_id: 'M1', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '1', score: 81.5, rank: 1 }],
  };
  return { title: labels.ui.reportTitle, councilName: 'Алматы қаласының Қоғамдық кеңесі', period: '2025', lang, metrics: metricChange, charts, summary };
}

async function open(html: string, name: string) {
  const file = join(dir, name);
  await writeFile(file, html, 'utf8');
  return openFile(browser, file);
}

describe('renderDashboard in Chromium', () => {
  it('draws every chart offline, with no errors, no requests and inert hostile text', async () => {
    const model = dashboardModel('ru');
    const html = await renderDashboard(model);
    // The hostile title is in the file only in escaped form.
    expect(html).not.toContain(SCRIPT_TITLE);
    expect(html).not.toMatch(/<script[^>]+src=/i);

    const { page, url, problems, requests, dialogs } = await open(html, 'dashboard-2025.html');
    try {
      await waitForCharts(page);
      await page.waitForSelector('html[data-rendered="true"]');

      expect(await page.locator('figure').count()).toBe(model.charts.length);
      expect(await page.locator(`figure:has(${MARKS.split(', ').join('), figure:has(')})`).count()).toBe(model.charts.length);
      expect(await page.locator('figure figcaption').count()).toBe(model.charts.length);
      for (const figure of await page.locator('figure').all()) {
        expect(await figure.getAttribute('aria-describedby')).toBeTruthy();
      }

      // KPI cards: translated label, value, and the previous period.
      expect(await page.locator('.kpi').count()).toBe(metricChange.length);
      const firstCard = await page.locator('.kpi').first().textContent();
      expect(firstCard).toContain('Заседания Общественного совета');
      expect(firstCard).toContain('7');
      expect(firstCard).toContain('6');
      // A previous period without records: no arrow and no 0, the period named (issue 14)
      const noData = page.locator('.kpi', { hasText: 'Даны ответы на обращения' });
      expect(await noData.locator('.kpi-change').textContent()).toBe('нет данных за 2024');
      expect(await noData.locator('.up, .down').count()).toBe(0);
      // and a real one keeps its arrow
      expect(await page.locator('.kpi', { hasText: 'Общественные мониторинги' }).locator('.down').count()).toBe(1);

      // The summary: figures as the mart gives them, a missing one as no data (not 0), hostile names as text.
      const meetings = page.locator('[data-headline="meetings"]');
      expect(await meetings.locator('.stat-value').allTextContents()).toEqual(['7', '4', '20']);
      expect(await meetings.textContent()).toMatch(/явка на совете и президиуме: 90\s%/);
      expect(await page.locator('[data-headline="appeals"] .headline-value').textContent()).toBe('Нет данных');
      expect(await page.locator('[data-headline="letters"] .list-name').allTextContents()).toEqual([SCRIPT_TITLE]);
      expect(await page.locator('[data-headline="kpiLeaders"] li').textContent()).toBe('Ғазиз Қайсар Айдосұлы — 81,5 баллов · Комиссия № 1');

      const text = (await page.textContent('body')) ?? '';
      expect(text).toContain(SCRIPT_TITLE);
      expect(text).toContain('Алматы қаласының Қоғамдық кеңесі');
      // Kazakh and Cyrillic names reach the chart axes as text.
      expect(await page.locator('svg text', { hasText: 'Ғазиз Қайсар Айдосұлы' }).count()).toBeGreaterThan(0);
      expect(await page.title()).toBe('Годовой отчёт — 2025');

      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
      expect(requests.filter((r) => r !== url && !/^(data|about):/.test(r))).toEqual([]);
      expect(requests.filter((r) => !/^(file|data|about):/.test(r))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('renders in Kazakh with Kazakh labels', async () => {
    const html = await renderDashboard(dashboardModel('kk'));
    const { page, problems, dialogs } = await open(html, 'dashboard-kk.html');
    try {
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 30_000 });
      expect(await page.getAttribute('html', 'lang')).toBe('kk');
      const text = (await page.textContent('body')) ?? '';
      expect(text).toContain('Қоғамдық кеңес отырыстары');
      expect(text).toContain('Негізгі көрсеткіштер');
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
  it('a draft shows its banner above the figures, with hostile text from a register inert', async () => {
    const labels = getLabels('en');
    const model: DashboardModel = {
      ...dashboardModel('en'),
      draft: {
        errorCount: 1,
        banner: labels.draft.banner.replace('{n}', '1'),
        errors: [{ check: 'attendance_member_resolved', title: labels.checks.attendance_member_resolved.title, details: `"${SCRIPT_TITLE}" matches no member; the row is not counted`,
          file: 'attendance.xlsx', sheet: 'Лист1', row: 14, line: null, candidates: null, todo: labels.checks.attendance_member_resolved.todo }],
        unlisted: 0,
        touched: ['Meeting 14.03.2025 · Council № 3 (C1): quorum — attendance not complete: 1 name(s) unresolved'],
      },
    };
    const html = await renderDashboard(model);
    expect(html).not.toContain(SCRIPT_TITLE);
    const { page, problems, dialogs } = await open(html, 'dashboard-draft.html');
    try {
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 30_000 });
      expect(await page.title()).toMatch(/^DRAFT — /);
      const banner = page.locator('#draft-banner');
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.locator('strong').textContent()).toBe(model.draft!.banner);
      expect(await banner.locator('.draft-touched li').allTextContents()).toEqual(model.draft!.touched);
      expect(await banner.locator('.draft-errors li').textContent()).toContain(`attendance.xlsx:Лист1:row 14 — "${SCRIPT_TITLE}" matches no member`);
      // The banner sits above the summary, where a reader starts.
      const [bannerBox, kpiBox] = await Promise.all([banner.boundingBox(), page.locator('#summary').boundingBox()]);
      expect(bannerBox!.y).toBeLessThan(kpiBox!.y);
      expect(problems).toEqual([]);
      expect(dialogs).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
