/** What renderDashboard lays out; every figure arrives computed (mart rows and chart specs). */
import type { TopLevelSpec } from 'vega-lite';
import type { Lang } from '../i18n/getLabels.ts';

export interface DashboardChart {
  id: string;
  title: string;
  /** One or two sentences on what the chart shows; shown under the title and read by screen readers. */
  description: string;
  spec: TopLevelSpec;
}

export interface DashboardModel {
  title: string;
  councilName: string;
  period: string;
  lang: Lang;
  /** Rows of mart_period_metrics (metric, value, previous_value, year_ago_value), in display order. */
  metrics: Record<string, unknown>[];
  charts: DashboardChart[];
}
