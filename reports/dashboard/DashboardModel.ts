/** What renderDashboard lays out; every figure arrives computed (mart rows and chart specs). */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartFilters } from '../charts/chartRegistry.ts';
import type { DefinitionRow } from '../definitionRows.ts';
import type { DraftNotice } from '../DraftNotice.ts';
import type { Lang } from '../i18n/getLabels.ts';
import type { DashboardSection } from './dashboardSections.ts';

/** What leadership asks for first, every figure as a mart computed it. */
export interface DashboardSummary {
  /** The period's row of mart_dashboard_summary. */
  figures: Record<string, unknown>;
  /** Rows of mart_letters_followup with letters overdue, most overdue first (addressee_name, overdue, oldest_overdue_working_days). */
  overdueBodies: Record<string, unknown>[];
  /** Rows of mart_member_kpi ranked first (full_name, commission, score, rank). */
  kpiLeaders: Record<string, unknown>[];
}

export interface DashboardChart {
  id: string;
  title: string;
  /** One or two sentences on what the chart shows; shown under the title and read by screen readers. */
  description: string;
  spec: TopLevelSpec;
  /** Row fields the page's filters select on; a chart without them is not filtered. */
  filters?: ChartFilters;
}

export interface DashboardModel {
  title: string;
  councilName: string;
  period: string;
  lang: Lang;
  /**
   * Rows of mart_metric_change (metric, value, previous_value, change, change_share, year_ago_value,
   * previous_period, year_ago_period), in display order; a null value is a period without records.
   */
  metrics: Record<string, unknown>[];
  charts: DashboardChart[];
  /** The figures on top of the page; absent (the national rollup): the page starts with its sections. */
  summary?: DashboardSummary;
  /** The sections below the summary; absent: dashboardSections lays them out from the report's SECTIONS. */
  sections?: DashboardSection[];
  /** The commissions for the filter (config ids and names); empty: no commission filter. */
  commissions?: { id: string; name: string }[];
  /** What the figures mean under the council's own rules (definitionRows); absent: no definitions at the foot. */
  definitions?: DefinitionRow[];
  /** Open data errors: the page is a draft, with a banner listing them and the figures they touch. */
  draft?: DraftNotice;
}
