/**
 * Small multiples by year: one panel per headline figure (each with its own
 * scale: appeals run to hundreds, hearings to tens); the point shape tells
 * figures computed from registers from figures stated in the council's reports
 * (mart_metric_history). Fixed panel sizes: a faceted chart cannot fill a container.
 * A year without records has a null value (no data, not 0): it draws no point and
 * the line breaks there instead of running through a zero or across the gap.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';

export function buildMetricHistorySpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.metricHistory;
  const values = rows.map((r) => ({
    ...r,
    // Years as text: an ordinal axis never shows 2,022.5.
    year_label: String(r.year),
    metric_label: localizeValue(labels, 'metrics', r.metric),
    source_kind_label: localizeValue(labels, 'sourceKinds', r.source_kind),
  }));
  const { width: _containerWidth, autosize: _fit, ...frame } = chartFrame(text);
  return {
    ...frame,
    data: { values },
    facet: { field: 'metric_label', type: 'nominal', title: null, header: { labelLimit: 170, labelFontSize: 11 } },
    columns: 4,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 170,
      height: 90,
      mark: { type: 'line', point: { filled: true, size: 50 }, tooltip: true, invalid: 'break-paths-filter-domains' },
      encoding: {
        x: { field: 'year_label', type: 'ordinal', title: null, axis: { labelAngle: 0 } },
        y: { field: 'value', type: 'quantitative', title: null, axis: { tickCount: 3 } },
        // The domain named, so a year without data (no source kind) is no entry of the legend.
        shape: { field: 'source_kind_label', type: 'nominal', title: text.shape, scale: { domain: Object.values(labels.sourceKinds) } },
        tooltip: [
          { field: 'year_label', type: 'ordinal', title: labels.columns.year },
          { field: 'metric_label', type: 'nominal', title: labels.columns.metric },
          { field: 'value', type: 'quantitative', title: labels.columns.value },
          { field: 'source_kind_label', type: 'nominal', title: labels.columns.source_kind },
          { field: 'source', type: 'nominal', title: labels.columns.source },
        ],
      },
    },
  } as TopLevelSpec;
}
