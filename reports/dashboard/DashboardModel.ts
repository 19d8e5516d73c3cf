/** What renderDashboard lays out; every figure arrives computed (mart rows and chart specs). */
import type { TopLevelSpec } from 'vega-lite';
import type { ChartFilters } from '../charts/chartRegistry.ts';
import type { DraftNotice } from '../DraftNotice.ts';
import type { Lang } from '../i18n/getLabels.ts';

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
  /** The commissions for the filter (config ids and names); empty: no commission filter. */
  commissions?: { id: string; name: string }[];
  /** Open data errors: the page is a draft, with a banner listing them and the figures they touch. */
  draft?: DraftNotice;
}
