/**
 * The dashboard file for a period: the headline metrics and one chart per
 * entry of the chart registry, each from its mart's rows, written to a temp
 * file and renamed into place so a reader never sees half a file.
 */
import { rename, writeFile } from 'node:fs/promises';
import { chartRegistry, buildChart, type ChartId } from '../reports/charts/chartRegistry.ts';
import type { Labels, Lang } from '../reports/i18n/getLabels.ts';
import { renderDashboard } from '../reports/dashboard/renderDashboard.ts';
import type { Db } from './db.ts';
import { readMart } from './readMart.ts';

export interface DashboardOptions {
  councilName: string;
  period: string;
  lang: Lang;
  labels: Labels;
}

export async function writeDashboard(db: Db, path: string, options: DashboardOptions): Promise<void> {
  const metrics = await readMart(db, 'mart_period_metrics', options.period, ['metric', 'value', 'previous_value', 'year_ago_value'], 'metric');
  const charts = [];
  for (const id of Object.keys(chartRegistry) as ChartId[]) {
    charts.push(buildChart(id, await readMart(db, chartRegistry[id].mart, options.period), options.labels));
  }
  const html = await renderDashboard({
    title: `${options.labels.sections.summary} — ${options.period}`,
    councilName: options.councilName,
    period: options.period,
    lang: options.lang,
    metrics,
    charts,
  });
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, html, 'utf8');
  await rename(tmp, path);
}
