/**
 * The dashboard file for a period: the summary leadership reads first
 * (mart_dashboard_summary, the bodies most overdue from mart_letters_followup,
 * the KPI leaders from mart_member_kpi), the headline metrics (with their change,
 * from mart_metric_change) and one chart per entry of the chart registry, each
 * from its mart's rows, written to a temp file and renamed into place so a
 * reader never sees half a file.
 */
import { rename, writeFile } from 'node:fs/promises';
import { chartRegistry, buildChart, type ChartId } from '../reports/charts/chartRegistry.ts';
import type { DashboardChart, DashboardSummary } from '../reports/dashboard/DashboardModel.ts';
import type { DefinitionRow } from '../reports/definitionRows.ts';
import type { DraftNotice } from '../reports/DraftNotice.ts';
import type { CleaningLog } from '../reports/CleaningLog.ts';
import type { Labels, Lang } from '../reports/i18n/getLabels.ts';
import { renderDashboard } from '../reports/dashboard/renderDashboard.ts';
import type { Db, Row } from './db.ts';
import { queryMart } from './readMart.ts';

/** How many bodies the summary names as most overdue. */
const MOST_OVERDUE = 3;
/** The KPI ranks the summary names (ties share a rank, so there may be more members). */
const KPI_LEADERS = 3;

/** The summary's figures as the marts hold them (the report builds every mart before it reads one). */
export async function readDashboardSummary(db: Db, period: string, mask?: (row: Row) => Row): Promise<DashboardSummary | undefined> {
  const [figures] = await queryMart(db, 'mart_dashboard_summary', period, { mask });
  if (!figures) return undefined;
  const overdueBodies = await queryMart(db, 'mart_letters_followup', period, {
    columns: ['addressee', 'addressee_name', 'overdue', 'oldest_overdue_working_days'],
    where: 'overdue > 0',
    orderBy: 'overdue desc, oldest_overdue_working_days desc, addressee',
    mask,
  });
  const kpiLeaders = await queryMart(db, 'mart_member_kpi', period, {
    columns: ['member_id', 'full_name', 'commission', 'score', 'rank'],
    where: `rank <= ${KPI_LEADERS} and score is not null`,
    orderBy: 'rank, full_name, member_id',
    mask,
  });
  return { figures, overdueBodies: overdueBodies.slice(0, MOST_OVERDUE), kpiLeaders };
}

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
  /** The definitions under the council's rules (readDefinitions), at the page's foot. */
  definitions?: DefinitionRow[];
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
  const summary = await readDashboardSummary(db, options.period, options.mask);
  const html = await renderDashboard({
    title: `${options.labels.sections.summary} — ${options.period}`,
    councilName: options.councilName,
    period: options.period,
    lang: options.lang,
    metrics,
    charts,
    summary,
    commissions: options.commissions ?? [],
    draft: options.draft,
    definitions: options.definitions,
  }, (where, changed) => options.cleaning?.record(path, where, changed));
  const tmp = `${path}.tmp-${process.pid}`;
  await writeFile(tmp, html, 'utf8');
  await rename(tmp, path);
}
