import { describe, it, expect } from 'vitest';
import { compile } from 'vega-lite';
import { buildChart, chartRegistry, type ChartId } from '../../../reports/charts/chartRegistry.ts';
import { buildAppealsMonthlySpec } from '../../../reports/charts/buildAppealsMonthlySpec.ts';
import { buildMemberAttendanceSpec } from '../../../reports/charts/buildMemberAttendanceSpec.ts';
import { getLabels, LANGS } from '../../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../../reports/sections/annual.ts';
import { renderChartSvg, svgToPng } from '../../../reports/charts/renderChartImage.ts';
import { FORMAT_LOCALES } from '../../../reports/i18n/formatLocales.ts';
import { rowsByMart } from './reportFixtures.ts';

const IDS = Object.keys(chartRegistry) as ChartId[];
const FACET_FORKS = 'Detected faceted independent scales that union domain of the same fields from different source. We will assume that this is the same field from a different fork of the same data source. However, if this is not the case, the result view size may be incorrect.';

describe('chart builders', () => {
  it.each(LANGS.flatMap((lang) => IDS.map((id) => [lang, id] as const)))('%s %s compiles to Vega without warnings', (lang, id) => {
    const labels = getLabels(lang);
    const chart = buildChart(id, rowsByMart[chartRegistry[id].mart], labels);
    const warnings: string[] = [];
    const logger = { level: () => logger, getLevel: () => 0, error: (...m: unknown[]) => warnings.push(m.join(' ')), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
    compile(chart.spec, { logger: logger as never });
    // Vega-Lite says this whenever a "container" width meets a per-bar (step) height;
    // the result is the intended fit-x autosize, so it is the one warning allowed.
    // A faceted layer chart with its own axis per panel (the quorum by body) is told its layers' domains are
    // unioned "assuming the same field from a different fork of the same data source" — which they are.
    const allowed = ['Dropping "fit-y" because spec has discrete height.', FACET_FORKS];
    expect(warnings.filter((w) => !allowed.includes(w))).toEqual([]);
    expect(chart.title).toBe(labels.charts[id].title);
    expect(chart.spec.title).toBe(labels.charts[id].title);
    expect(chart.spec.description).toBe(labels.charts[id].description);
    // Faceted charts (small multiples) size their panels; the others fill their container.
    if (!('facet' in chart.spec)) expect((chart.spec as { width?: unknown }).width).toBe('container');
    // Data travels inside the spec: nothing for the browser to fetch.
    expect(JSON.stringify(chart.spec)).not.toMatch(/"url"\s*:/);
  });

  it('every chart named by a section exists', () => {
    for (const s of SECTIONS) if (s.chart) expect(chartRegistry[s.chart], s.id).toBeDefined();
  });

  it('draws attendance from the overall rows only', () => {
    const spec = buildMemberAttendanceSpec(rowsByMart.mart_member_attendance, getLabels('kk'));
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.map((v) => v.body)).toEqual(['all', 'all', 'all']);
    expect(values.find((v) => v.member_id === 'm2')?.exclusion_risk_label).toBe('Иә');
  });

  it('copies appeals figures into two translated series without changing them', () => {
    const spec = buildAppealsMonthlySpec(rowsByMart.mart_appeals_timeliness_monthly, getLabels('en'));
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.slice(0, 2)).toEqual([
      { month: '2025-03', measure: 'Received', appeals: 20 },
      { month: '2025-03', measure: 'Answered', appeals: 15 },
    ]);
  });

  it.each(IDS)('%s renders to SVG and PNG headless, with Kazakh letters as text', async (id) => {
    const chart = buildChart(id, rowsByMart[chartRegistry[id].mart], getLabels('kk'));
    const svg = await renderChartSvg(chart.spec, 'kk');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain(getLabels('kk').charts[id].title.replace(/&/g, '&amp;'));
    const png = svgToPng(svg);
    // PNG signature, and a picture of a sensible size
    expect([...png.png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.width).toBeGreaterThan(200);
    expect(png.height).toBeGreaterThan(80);
  });

  it('formats numbers the Kazakh way: space for thousands, comma for decimals', async () => {
    expect(FORMAT_LOCALES.kk.number.decimal).toBe(',');
    const svg = await renderChartSvg(buildChart('commissionsCompared', rowsByMart.mart_commission_summary, getLabels('kk')).spec, 'kk');
    expect(svg).toContain('Комиссияларды салыстыру');
    expect(svg).toMatch(/№ 1 комиссия/);
  });
});
