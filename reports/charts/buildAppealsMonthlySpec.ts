/** Two lines per month: appeals received and appeals answered (mart_appeals_monthly). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';

export function buildAppealsMonthlySpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.appealsMonthly;
  const received = labels.columns.received;
  const answered = labels.columns.answered;
  // One mart row becomes two points (long form), so the legend carries translated names
  // without string expressions in the spec. Values are copied, never combined.
  const values = rows.flatMap((r) => [
    { month: r.month, measure: received, appeals: r.received },
    { month: r.month, measure: answered, appeals: r.answered },
  ]);
  return {
    ...chartFrame(text),
    height: 260,
    data: { values },
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x: { field: 'month', type: 'ordinal', title: text.x, axis: { labelAngle: -45 } },
      y: { field: 'appeals', type: 'quantitative', title: text.y, axis: { tickMinStep: 1 } },
      color: { field: 'measure', type: 'nominal', title: text.color, scale: { domain: [received, answered], range: ['#4c78a8', '#54a24b'] } },
      tooltip: [
        { field: 'month', type: 'ordinal', title: labels.columns.month },
        { field: 'measure', type: 'nominal', title: text.color },
        { field: 'appeals', type: 'quantitative', title: text.y },
      ],
    },
  };
}
