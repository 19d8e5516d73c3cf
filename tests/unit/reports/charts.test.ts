import { describe, it, expect } from 'vitest';
import { compile } from 'vega-lite';
import { buildChart, chartRegistry, type ChartId } from '../../../reports/charts/chartRegistry.ts';
import { buildAppealsMonthlySpec } from '../../../reports/charts/buildAppealsMonthlySpec.ts';
import { buildMemberAttendanceSpec } from '../../../reports/charts/buildMemberAttendanceSpec.ts';
import { getLabels, LANGS } from '../../../reports/i18n/getLabels.ts';
import { SECTIONS } from '../../../reports/sections.ts';
import { rowsByMart } from './reportFixtures.ts';

const IDS = Object.keys(chartRegistry) as ChartId[];

describe('chart builders', () => {
  it.each(LANGS.flatMap((lang) => IDS.map((id) => [lang, id] as const)))('%s %s compiles to Vega without warnings', (lang, id) => {
    const labels = getLabels(lang);
    const chart = buildChart(id, rowsByMart[chartRegistry[id].mart], labels);
    const warnings: string[] = [];
    const logger = { level: () => logger, getLevel: () => 0, error: (...m: unknown[]) => warnings.push(m.join(' ')), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
    compile(chart.spec, { logger: logger as never });
    // Vega-Lite says this whenever a "container" width meets a per-bar (step) height;
    // the result is the intended fit-x autosize, so it is the one warning allowed.
    expect(warnings.filter((w) => w !== 'Dropping "fit-y" because spec has discrete height.')).toEqual([]);
    expect(chart.title).toBe(labels.charts[id].title);
    expect(chart.spec.title).toBe(labels.charts[id].title);
    expect(chart.spec.description).toBe(labels.charts[id].description);
    expect((chart.spec as { width?: unknown }).width).toBe('container');
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
    const spec = buildAppealsMonthlySpec(rowsByMart.mart_appeals_monthly, getLabels('en'));
    const values = (spec.data as { values: Record<string, unknown>[] }).values;
    expect(values.slice(0, 2)).toEqual([
      { month: '2025-03', measure: 'Received', appeals: 20 },
      { month: '2025-03', measure: 'Answered', appeals: 15 },
    ]);
  });
});
