/** Bars: the share of each component in the member KPI score, as configured (mart_kpi_weights). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';

export function buildKpiWeightsSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.kpiWeightsChart;
  const values = rows.map((r) => ({ ...r, component_label: localizeValue(labels, 'kpiComponents', r.component) }));
  return {
    ...chartFrame(text),
    height: { step: 26 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'component_label', type: 'nominal', title: text.y, sort: '-x' },
      x: { field: 'share', type: 'quantitative', title: text.x, axis: { format: '.0%' } },
      tooltip: [
        { field: 'component_label', type: 'nominal', title: labels.columns.component },
        { field: 'weight', type: 'quantitative', title: labels.columns.weight },
        { field: 'share', type: 'quantitative', title: labels.columns.share, format: '.0%' },
      ],
    },
  };
}
