/**
 * Per month: appeals received and answered (lines, left axis) and the share
 * answered on time (dashed line, right axis) — mart_appeals_timeliness_monthly.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';

export function buildAppealsMonthlySpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.appealsMonthly;
  const received = labels.columns.received;
  const answered = labels.columns.answered;
  const onTime = labels.columns.on_time_rate;
  // One mart row becomes two points (long form), so the legend carries translated names
  // without string expressions in the spec. Values are copied, never combined.
  const values = rows.flatMap((r) => [
    { month: r.month, measure: received, appeals: r.received },
    { month: r.month, measure: answered, appeals: r.answered },
  ]);
  const rates = rows.filter((r) => typeof r.on_time_rate === 'number').map((r) => ({ month: r.month, on_time_rate: r.on_time_rate, answered_on_time: r.answered_on_time }));
  const x = { field: 'month', type: 'ordinal', title: text.x, axis: { labelAngle: -45 } } as const;
  const counts = {
    mark: { type: 'line', point: true, tooltip: true },
    encoding: {
      x,
      y: { field: 'appeals', type: 'quantitative', title: text.y, axis: { tickMinStep: 1 } },
      color: { field: 'measure', type: 'nominal', title: text.color, scale: { domain: [received, answered], range: ['#4c78a8', '#54a24b'] } },
      tooltip: [
        { field: 'month', type: 'ordinal', title: labels.columns.month },
        { field: 'measure', type: 'nominal', title: text.color },
        { field: 'appeals', type: 'quantitative', title: text.y },
      ],
    },
  } as const;
  if (rates.length === 0) return { ...chartFrame(text), height: 260, data: { values }, ...counts } as TopLevelSpec;
  return {
    ...chartFrame(text),
    height: 260,
    data: { values },
    layer: [
      counts,
      {
        data: { values: rates },
        mark: { type: 'line', strokeDash: [6, 3], color: '#e45756', point: { color: '#e45756' }, tooltip: true },
        encoding: {
          x,
          y: { field: 'on_time_rate', type: 'quantitative', title: onTime, scale: { domain: [0, 1] }, axis: { format: '.0%', orient: 'right', titleColor: '#e45756' } },
          tooltip: [
            { field: 'month', type: 'ordinal', title: labels.columns.month },
            { field: 'on_time_rate', type: 'quantitative', title: onTime, format: '.1%' },
            { field: 'answered_on_time', type: 'quantitative', title: labels.columns.answered_on_time },
          ],
        },
      },
    ],
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}
