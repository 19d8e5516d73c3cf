/**
 * The demo's dashboard as leadership meets it (issue 14, item 3), in headless Chromium at a laptop's
 * 1366×768 and a phone's 390×844: the summary on top holds the figures of mart_dashboard_summary
 * (and the marts of the lists), fits the first screen of the laptop and never scrolls sideways; the
 * report's sections follow in order with their cards and charts; every chart draws; no console
 * error, no request; printed, each section starts a page and the navigation is left out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { openDatabase, queryRows, type Row } from '../../workspace/db.ts';
import { SECTIONS } from '../../reports/sections/annual.ts';
import { buildMeetingsQuorumSpec } from '../../reports/charts/buildMeetingsQuorumSpec.ts';
import { getLabels } from '../../reports/i18n/getLabels.ts';
import { buildModels } from '../../pipelines/build/build.ts';
import { parsePeriod } from '../../pipelines/build/parsePeriod.ts';
import { openWorkspace } from '../../workspace/workspace.ts';
import { readDashboardRows } from '../../pipelines/report/readReportRows.ts';
import { chartRegistry } from '../../reports/charts/chartRegistry.ts';
import { writeDashboard } from '../../pipelines/report/writeDashboard.ts';
import { CHART_MARKS, closeContexts, openFile, openOnce, sharedChromium, waitForCharts } from '../helpers/chromium.ts';
import { sharedDemo, type SharedDemo } from '../helpers/sharedWorkspace.ts';

let dir: string;
let demo: SharedDemo;
let browser: Browser;
let summary: Row;
let meetings: Row[];
let overdueBodies: string[];
let leaders: string[];
let overdueLetters: number;

const ru = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const share = new Intl.NumberFormat('ru-RU', { style: 'percent', maximumFractionDigits: 1 });

/** The demo's dashboard, opened once for the two screens and the print: each test sets the viewport or media it reads. */
const dashboard = openOnce(() => openFile(browser, demo.files[1]));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kenes-dashboard-layout-'));
  demo = await sharedDemo(join(dir, 'demo'));
  const db = await openDatabase(join(dir, 'demo', 'kenes.duckdb'), { readOnly: true });
  try {
    [summary] = await queryRows(db, 'select * from mart_dashboard_summary');
    meetings = await queryRows(db, 'select * from mart_meetings');
    overdueBodies = (await queryRows(db, `select addressee_name from mart_letters_followup where overdue > 0
      order by overdue desc, oldest_overdue_working_days desc, addressee limit 3`)).map((r) => String(r.addressee_name));
    leaders = (await queryRows(db, 'select full_name from mart_member_kpi where rank <= 3 order by rank, full_name')).map((r) => String(r.full_name));
    [{ n: overdueLetters }] = (await queryRows(db, 'select count(*)::int as n from mart_letters_overdue')) as { n: number }[];
  } finally {
    db.close();
  }
  browser = await sharedChromium();
}, 180_000);

afterAll(async () => {
  await closeContexts(browser);
  await rm(dir, { recursive: true, force: true });
});

describe('mart_dashboard_summary on the demo', () => {
  it('agrees with the marts it reads and with the letters themselves', () => {
    const count = (body: (b: string) => boolean) => meetings.filter((m) => body(String(m.body))).length;
    expect(summary.general_meetings).toBe(count((b) => b === 'council'));
    expect(summary.presidium_meetings).toBe(count((b) => b === 'presidium'));
    expect(summary.commission_meetings).toBe(count((b) => b.startsWith('commission')));
    // Attendance of council and presidium: members present over members expected, from the meetings' rows.
    const lead = meetings.filter((m) => m.body === 'council' || m.body === 'presidium');
    const rate = lead.reduce((s, m) => s + Number(m.present), 0) / lead.reduce((s, m) => s + Number(m.members_total), 0);
    expect(summary.council_attendance_rate).toBeCloseTo(rate, 12);
    expect(summary.quorum_missed).toBe(meetings.filter((m) => m.quorum_met === false).length);
    // The overdue letters summed per addressee are the overdue letters listed one by one.
    expect(summary.letters_overdue).toBe(overdueLetters);
    expect(overdueBodies).toHaveLength(3);
    expect(summary.mandatory_heard).toBeLessThanOrEqual(Number(summary.mandatory_bodies));
    expect(summary.appeals_on_time_rate).toBeCloseTo(Number(summary.appeals_answered_on_time) / Number(summary.appeals_answered), 12);
  });
});

describe('the charts\' rows', () => {
  it('come in one order on every read: by every column, so marks that tie on a chart\'s sort keep their places', async () => {
    const db = await openDatabase(join(dir, 'demo', 'kenes.duckdb'), { readOnly: true });
    try {
      const period = String(summary.period);
      const { charts } = await readDashboardRows(db, period);
      expect(charts.size).toBe(Object.keys(chartRegistry).length);
      for (const [id, rows] of charts) {
        const ordered = await queryRows(db, `select * from ${chartRegistry[id].mart} where period = $period order by all`, { period });
        expect([id, rows]).toEqual([id, ordered]);
      }
      expect(charts.get('mediaPlatforms')?.length).toBeGreaterThan(1);
    } finally {
      db.close();
    }
  });
});

describe.each([
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
])('the demo dashboard at $width×$height', ({ name, width, height }) => {
  it('summary on top with the marts\' figures, no sideways scroll, sections in order, every chart drawn, offline and error-free', async () => {
    const { page, url, problems, requests } = await dashboard();
    {
      await page.setViewportSize({ width, height });
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 60_000 });
      await waitForCharts(page);

      // No horizontal scroll: neither the page nor any summary tile is wider than the screen.
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        screen: document.documentElement.clientWidth,
        tiles: [...document.querySelectorAll('#summary, #summary .headline')].map((e) => e.getBoundingClientRect().right),
      }));
      expect(widths.page).toBeLessThanOrEqual(widths.screen);
      for (const right of widths.tiles) expect(right).toBeLessThanOrEqual(widths.screen);

      const summaryBox = (await page.locator('#summary').boundingBox())!;
      // On the laptop the whole summary is the first screen; on the phone it comes first.
      if (name === 'laptop') expect(summaryBox.y + summaryBox.height).toBeLessThanOrEqual(height);
      expect(summaryBox.y).toBeLessThan((await page.locator('#sections').boundingBox())!.y);

      // The figures as the marts hold them, formatted, never recomputed.
      expect(await page.locator('[data-headline="meetings"] .stat-value').allTextContents())
        .toEqual([summary.general_meetings, summary.presidium_meetings, summary.commission_meetings].map((v) => ru.format(Number(v))));
      expect(await page.locator('[data-headline="appeals"] .headline-value').textContent()).toBe(share.format(Number(summary.appeals_on_time_rate)));
      expect(await page.locator('[data-headline="coverage"] .headline-value').textContent()).toBe(share.format(Number(summary.mandatory_coverage_rate)));
      expect(await page.locator('[data-headline="coverage"]').textContent()).toContain(`заслушано ${summary.mandatory_heard} из ${summary.mandatory_bodies}`);
      expect(await page.locator('[data-headline="letters"] .headline-value').textContent()).toBe(ru.format(Number(summary.letters_answered)));
      expect(await page.locator('[data-headline="letters"] .list-name').allTextContents()).toEqual(overdueBodies);
      expect(await page.locator('[data-headline="kpiLeaders"] .list-name').allTextContents()).toEqual(leaders);
      expect(await page.locator('.headline').count()).toBe(7);

      // The report's sections, in the report's order; every card once; each chart in its section.
      const order = await page.locator('#sections > section').evaluateAll((s) => s.map((e) => e.getAttribute('data-section')));
      const reportOrder = SECTIONS.map((s) => s.id).filter((id) => order.includes(id));
      expect(order.filter((id) => id !== 'other')).toEqual(reportOrder);
      expect(order).not.toContain('other');
      const metrics = await page.locator('.kpi').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-metric')));
      expect(metrics).toHaveLength(30);
      expect(new Set(metrics).size).toBe(30);
      expect(await page.locator('#section-meetings figure[data-chart="meetingsQuorum"]').count()).toBe(1);
      expect(await page.locator('#section-meetings .kpi[data-metric="general_meetings"]').count()).toBe(1);
      expect(await page.locator('#section-letters figure[data-chart="lettersOverdue"]').count()).toBe(1);
      expect(await page.locator('#section-history figure[data-chart="metricHistory"]').count()).toBe(1);
      expect(await page.locator('#contents a').count()).toBe(order.length);

      const figures = await page.locator('figure').count();
      expect(figures).toBe(13);
      expect(await page.locator(`figure:has(${CHART_MARKS.split(', ').join('), figure:has(')})`).count()).toBe(figures);
      // The quorum chart: the council and presidium's panel first, then one per commission.
      const texts = await page.locator('figure[data-chart="meetingsQuorum"] svg text').allTextContents();
      expect(texts.filter((t) => /^(Совет и президиум|Комиссия № \d+)$/.test(t))).toEqual(['Совет и президиум', ...[1, 2, 3, 4, 5].map((n) => `Комиссия № ${n}`)]);

      expect(problems).toEqual([]);
      expect(requests.filter((r) => r !== url && !/^(data|about):/.test(r))).toEqual([]);
    }
  }, 120_000);
});

describe('the printed dashboard', () => {
  it('leaves out the navigation and the filters, starts each section on a page, and prints to PDF', async () => {
    const { page, problems } = await dashboard();
    {
      // Playwright's default viewport, as a page opened for this test alone has.
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const styles = await page.evaluate(() => ({
        contents: getComputedStyle(document.querySelector('.contents')!).display,
        filter: getComputedStyle(document.querySelector('.filters label')!).display,
        state: getComputedStyle(document.querySelector('#filter-state')!).display,
        section: getComputedStyle(document.querySelector('.report-section')!).breakBefore,
        tile: getComputedStyle(document.querySelector('.headline')!).breakInside,
      }));
      expect(styles).toEqual({ contents: 'none', filter: 'none', state: 'block', section: 'page', tile: 'avoid' });
      const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      // A page for the summary and one at least per section.
      expect(pages.length).toBeGreaterThan(await page.locator('.report-section').count());
      expect(problems).toEqual([]);
    }
  }, 120_000);
});

describe('a period the registers hold no records of', () => {
  it('gives no data, not 0, in the summary: the mart has nulls and the page says "Нет данных"', async () => {
    // The demo's registers start in late 2022; for 2021 only the members register (a list with no start) reaches.
    const ws = await openWorkspace(join(dir, 'demo'));
    const db = await openDatabase(ws.dbPath);
    const file = join(dir, 'dashboard-2021.html');
    let row: Row;
    try {
      await buildModels(db, ws.config, parsePeriod('2021'), { workspace: ws.dir });
      [row] = await queryRows(db, 'select * from mart_dashboard_summary');
      await writeDashboard(file, await readDashboardRows(db, '2021'), { councilName: 'Кеңес', period: '2021', lang: 'ru', labels: getLabels('ru') });
    } finally {
      db.close();
    }
    expect(row).toMatchObject({
      period: '2021', general_meetings: null, quorum_missed: null, council_attendance_rate: null, appeals_received: null,
      appeals_answered: null, appeals_on_time_rate: null, letters_sent: null, letters_overdue: null, letters_overdue_bodies: null,
      mandatory_heard: null, mandatory_coverage_rate: null,
    });
    const { page, problems } = await openFile(browser, file);
    try {
      await page.waitForSelector('html[data-rendered="true"]', { timeout: 60_000 });
      expect(await page.locator('[data-headline="meetings"] .stat-value').allTextContents()).toEqual(['Нет данных', 'Нет данных', 'Нет данных']);
      expect(await page.locator('[data-headline="meetings"]').textContent()).toContain('заседаний без кворума: Нет данных');
      expect(await page.locator('[data-headline="appeals"] .headline-value').textContent()).toBe('Нет данных');
      // A sentence of figures one of which is missing is left out, not filled with "no data" or 0.
      expect(await page.locator('[data-headline="letters"] .headline-line').count()).toBe(0);
      expect(await page.locator('[data-headline="appeals"] .headline-line').allTextContents()).toEqual(['поступило обращений: Нет данных']);
      expect(await page.locator('[data-headline="coverage"] .headline-value').textContent()).toBe('Нет данных');
      expect(await page.locator('[data-headline="letters"] .headline-list').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('buildMeetingsQuorumSpec', () => {
  it('puts council and presidium meetings in one panel and each commission in its own, in the order they were held', () => {
    const labels = getLabels('en');
    const row = (meeting_id: string, body: string, date: string) => ({ meeting_id, body, date, number: '1', present: 5, members_total: 6, quorum_required: 4, quorum_met: true });
    const spec = buildMeetingsQuorumSpec([
      row('C2', 'council', '2025-03-01'), row('K10', 'commission 10', '2025-01-05'), row('P1', 'presidium', '2025-02-01'),
      row('K2', 'commission 2', '2025-01-05'), row('C1', 'council', '2025-01-10'), row('K2b', 'commission 2', '2025-01-05'),
    ], labels) as unknown as { data: { values: Record<string, unknown>[] }; facet: { sort: string[] } };
    const values = spec.data.values;
    expect(spec.facet.sort).toEqual(['Council and presidium', 'Commission 2', 'Commission 10']);
    expect(values.map((v) => [v.meeting_id, v.panel])).toEqual([
      ['K10', 'Commission 10'], ['K2', 'Commission 2'], ['K2b', 'Commission 2'],
      ['C1', 'Council and presidium'], ['P1', 'Council and presidium'], ['C2', 'Council and presidium'],
    ]);
    // Two meetings of one commission on one day with one number are told apart by their ids; across panels no id is needed.
    expect(values.map((v) => v.meeting_label)).toEqual([
      '2025-01-05 · № 1', '2025-01-05 · № 1 (K2)', '2025-01-05 · № 1 (K2b)',
      `2025-01-10 · ${labels.bodies.council} · № 1`, `2025-02-01 · ${labels.bodies.presidium} · № 1`, `2025-03-01 · ${labels.bodies.council} · № 1`,
    ]);
  });
});
