/**
 * Stacked bars: activities held per month, one colour per activity type, from mart_activities_by_commission
 * (one row per month, type and commission, so the dashboard's commission filter can pick a commission's own).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';

export function buildActivitiesByMonthSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.activitiesByMonth;
  const values = rows.map((r) => ({ ...r, type_label: localizeValue(labels, 'activityTypes', r.type) }));
  return {
    ...chartFrame(text),
    height: 280,
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      // Months as ordered labels ('2025-03'), not dates: no timezone can move a month.
      x: { field: 'month', type: 'ordinal', title: text.x, axis: { labelAngle: -45 } },
      // One row per month, type and commission: the segments are stacked as they come, nothing is summed.
      y: { field: 'activities', type: 'quantitative', title: text.y, stack: 'zero', axis: { tickMinStep: 1 } },
      color: { field: 'type_label', type: 'nominal', title: text.color },
      tooltip: [
        { field: 'month', type: 'ordinal', title: labels.columns.month },
        { field: 'type_label', type: 'nominal', title: labels.columns.type },
        { field: 'activities', type: 'quantitative', title: labels.columns.activities },
      ],
    },
  };
}
