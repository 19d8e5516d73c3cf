/**
 * The dashboard file for a period, from rows read before (readDashboardRows):
 * the summary leadership reads first (mart_dashboard_summary, the bodies most
 * overdue from mart_letters_followup, the KPI leaders from mart_member_kpi),
 * the headline metrics (with their change, from mart_metric_change) and one
 * chart per entry of the chart registry, each from its mart's rows, written to
 * a temp file and renamed into place so a reader never sees half a file.
 */
import { rename, writeFile } from 'node:fs/promises';
import { chartRegistry, buildChart, type ChartId } from '../../reports/charts/chartRegistry.ts';
import type { DashboardChart } from '../../reports/dashboard/DashboardModel.ts';
import type { DefinitionRow } from '../../reports/definitionRows.ts';
import type { DraftNotice } from '../../reports/DraftNotice.ts';
import type { CleaningLog } from '../../reports/CleaningLog.ts';
import type { Labels, Lang } from '../../reports/i18n/getLabels.ts';
import { renderDashboard } from '../../reports/dashboard/renderDashboard.ts';
import type { Row } from '../../workspace/db.ts';
import type { DashboardRows } from './readReportRows.ts';

export interface DashboardOptions {
  councilName: string;
  period: string;
  lang: Lang;
  labels: Labels;
  /** Built by buildDashboardCharts (the report builds them once for the dashboard and the chart files). */
  charts?: DashboardChart[];
  /** The commissions of the config, for the filter. */
  commissions?: { id: string; name: string }[];
  /** The definitions under the council's rules (definitionRows), at the page's foot. */
  definitions?: DefinitionRow[];
  /** Open data errors: the dashboard is marked a draft (see buildDraftNotice). */
  draft?: DraftNotice;
  /** Where text was changed to be written (see cleanOutputText). */
  cleaning?: CleaningLog;
}

/** Every chart of the registry, from its mart's rows for the period. */
export function buildDashboardCharts(rows: Map<ChartId, Row[]>, labels: Labels): DashboardChart[] {
  return (Object.keys(chartRegistry) as ChartId[]).map((id) => buildChart(id, rows.get(id) ?? [], labels));
}

export async function writeDashboard(path: string, rows: DashboardRows, options: DashboardOptions): Promise<void> {
  const html = await renderDashboard({
    title: `${options.labels.sections.summary} — ${options.period}`,
    councilName: options.councilName,
    period: options.period,
    lang: options.lang,
    metrics: rows.metrics,
    charts: options.charts ?? buildDashboardCharts(rows.charts, options.labels),
    summary: rows.summary,
    commissions: options.commissions ?? [],
    draft: options.draft,
    definitions: options.definitions,
  }, (where, changed) => options.cleaning?.record(path, where, changed));
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, html, 'utf8');
  await rename(tmp, path);
}
