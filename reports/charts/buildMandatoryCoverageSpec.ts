/** Horizontal bars: how often each mandatory body was heard; bodies not heard shown in red at zero (mart_mandatory_coverage). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';
import { uniqueLabels } from './uniqueLabels.ts';

export function buildMandatoryCoverageSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.mandatoryCoverageChart;
  const names = uniqueLabels(rows.map((r) => String(r.name ?? r.body_id ?? '')), rows.map((r) => r.body_id));
  const values = rows.map((r, i) => ({
    ...r,
    body_label: names[i],
    kind_label: localizeValue(labels, 'bodyKinds', r.kind),
    heard_label: r.heard === true ? labels.ui.yes : labels.ui.no,
  }));
  return {
    ...chartFrame(text),
    height: { step: 16 },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', tooltip: true },
        encoding: {
          y: { field: 'body_label', type: 'nominal', title: text.y, sort: { field: 'times_heard', op: 'max', order: 'ascending' } },
          x: { field: 'times_heard', type: 'quantitative', title: text.x, axis: { tickMinStep: 1 } },
          color: { field: 'heard_label', type: 'nominal', title: text.color, scale: { domain: [labels.ui.yes, labels.ui.no], range: ['#2f7d32', '#d6452f'] } },
          tooltip: [
            { field: 'body_label', type: 'nominal', title: labels.columns.name },
            { field: 'kind_label', type: 'nominal', title: labels.columns.kind },
            { field: 'times_heard', type: 'quantitative', title: labels.columns.times_heard },
            { field: 'last_heard_on', type: 'nominal', title: labels.columns.last_heard_on },
          ],
        },
      },
      {
        // A body not heard has no bar; a red dot at zero keeps it visible.
        transform: [{ filter: 'datum.heard !== true' }],
        mark: { type: 'point', filled: true, color: '#d6452f', size: 40, tooltip: true },
        encoding: {
          y: { field: 'body_label', type: 'nominal', sort: { field: 'times_heard', op: 'max', order: 'ascending' } },
          x: { field: 'times_heard', type: 'quantitative' },
          tooltip: [
            { field: 'body_label', type: 'nominal', title: labels.columns.name },
            { field: 'heard_label', type: 'nominal', title: labels.columns.heard },
          ],
        },
      },
    ],
  };
}
