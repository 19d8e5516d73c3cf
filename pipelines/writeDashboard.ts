/**
 * The dashboard file for a period: the headline metrics (with their change,
 * from mart_metric_change) and one chart per entry of the chart registry, each
 * from its mart's rows, written to a temp file and renamed into place so a
 * reader never sees half a file.
 */
import { rename, writeFile } from 'node:fs/promises';
import { chartRegistry, buildChart, type ChartId } from '../reports/charts/chartRegistry.ts';
import type { DashboardChart } from '../reports/dashboard/DashboardModel.ts';
import type { DraftNotice } from '../reports/DraftNotice.ts';
import type { CleaningLog } from '../reports/CleaningLog.ts';
import type { Labels, Lang } from '../reports/i18n/getLabels.ts';
import { renderDashboard } from '../reports/dashboard/renderDashboard.ts';
import type { Db, Row } from './db.ts';
import { queryMart } from './readMart.ts';

export interface DashboardOptions {
  councilName: string;
  period: string;
  lang: Lang;
  labels: Labels;
  /** Built by buildDashboardCharts (the report builds them once for the dashboard and the chart files). */
  charts?: DashboardChart[];
  /** The commissions of the config, for the filter. */
  commissions?: { id: string; name: string }[];
  /** `--public`: applied to every mart row read (see publicMask in report.ts). */
  mask?: (row: Row) => Row;
  /** Open data errors: the dashboard is marked a draft (see buildDraftNotice). */
  draft?: DraftNotice;
  /** Where text was changed to be written (see cleanOutputText). */
  cleaning?: CleaningLog;
}

/** Every chart of the registry, from its mart's rows for the period. */
export async function buildDashboardCharts(db: Db, period: string, labels: Labels, mask?: (row: Row) => Row): Promise<DashboardChart[]> {
  const charts: DashboardChart[] = [];
  for (const id of Object.keys(chartRegistry) as ChartId[]) {
    charts.push(buildChart(id, await queryMart(db, chartRegistry[id].mart, period, { mask }), labels));
  }
  return charts;
}

export async function writeDashboard(db: Db, path: string, options: DashboardOptions): Promise<void> {
  const metrics = await queryMart(db, 'mart_metric_change', options.period, {
    columns: ['metric', 'value', 'previous_value', 'change', 'change_share', 'year_ago_value', 'previous_period', 'year_ago_period'],
    orderBy: 'metric_order, metric',
  });
  const charts = options.charts ?? (await buildDashboardCharts(db, options.period, options.labels, options.mask));
  const html = await renderDashboard({
    title: `${options.labels.sections.summary} — ${options.period}`,
    councilName: options.councilName,
    period: options.period,
    lang: options.lang,
    metrics,
    charts,
    commissions: options.commissions ?? [],
    draft: options.draft,
  }, (where, changed) => options.cleaning?.record(path, where, changed));
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, html, 'utf8');
  await rename(tmp, path);
}
