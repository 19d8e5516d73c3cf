/** Horizontal bars: each member's attendance rate over all bodies (mart_member_attendance, body = 'all'). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';
import { memberLabels } from './uniqueLabels.ts';

export function buildMemberAttendanceSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.memberAttendance;
  // The mart has a row per member and body; this chart is about the overall rate only.
  const overall = rows.filter((r) => r.body === 'all');
  const names = memberLabels(overall);
  const values = overall.map((r, i) => ({
    ...r,
    member_label: names[i],
    exclusion_risk_label: r.exclusion_risk === true ? labels.ui.yes : labels.ui.no,
  }));
  return {
    ...chartFrame(text),
    height: { step: 22 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      y: { field: 'member_label', type: 'nominal', title: text.y, sort: '-x' },
      x: { field: 'attendance_rate', type: 'quantitative', title: text.x, scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } },
      // Members at risk of exclusion (art. 15) stand out; the tooltip says why.
      color: {
        field: 'exclusion_risk_label',
        type: 'nominal',
        title: labels.columns.exclusion_risk,
        scale: { domain: [labels.ui.no, labels.ui.yes], range: ['#4c78a8', '#d6452f'] },
      },
      tooltip: [
        { field: 'member_label', type: 'nominal', title: labels.columns.full_name },
        { field: 'commission', type: 'nominal', title: labels.columns.commission },
        { field: 'attendance_rate', type: 'quantitative', title: labels.columns.attendance_rate, format: '.1%' },
        { field: 'expected', type: 'quantitative', title: labels.columns.expected },
        { field: 'attended', type: 'quantitative', title: labels.columns.attended },
        { field: 'unexcused', type: 'quantitative', title: labels.columns.unexcused },
        { field: 'exclusion_risk_label', type: 'nominal', title: labels.columns.exclusion_risk },
      ],
    },
  };
}
