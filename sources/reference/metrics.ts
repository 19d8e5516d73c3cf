import file from './metrics.json' with { type: 'json' };

/**
 * The headline metrics (metrics.json): each id's one home. The SQL reads them as the cfg_metrics
 * table (written at build), the extractors as METRIC_IDS, the dashboard for its sections; what each
 * metric counts is written once in SQL (int_metric_events for a dated metric, int_metric_moments for
 * a moment) and its name once per language in reports/i18n. metricsHome.test.ts checks the rest.
 */
export interface Metric {
  id: string;
  /** 'dated': adds up the period's rows; 'moment': the value on the period's last day. */
  kind: 'dated' | 'moment';
  /** What one of it is: 'meeting', 'body', 'publication'… */
  unit: string;
  /** The register whose span says whether a period has data for the metric (int_register_coverage). */
  register: string;
  /** The report section (reports/sections/annual.ts) its dashboard card belongs to. */
  section: string;
  /** Drawn year by year on the history sheet (mart_metric_history). */
  history: boolean;
  /** Reports state it in words, so the figure phrases must name it. */
  stated: boolean;
}

export const METRICS: readonly Metric[] = file.metrics as Metric[];

/** cfg_metrics as build writes it: the file's rows, metric_order their place in it. */
export const CFG_METRICS_TABLE = 'cfg_metrics (metric varchar, metric_order integer, kind varchar, unit varchar, register varchar, history boolean)';

export function cfgMetricsRows(metrics: readonly Metric[] = METRICS): (string | number | boolean)[][] {
  return metrics.map((m, i) => [m.id, i + 1, m.kind, m.unit, m.register, m.history]);
}
