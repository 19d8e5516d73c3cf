/** Heatmap: one cell per member and meeting, coloured by the attendance status (mart_attendance_matrix). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';
import { memberLabels, uniqueLabels } from './uniqueLabels.ts';

const STATUS_COLOURS: [string, string][] = [
  ['present', '#2f7d32'], ['online', '#66bb6a'], ['late', '#c0ca33'], ['left_early', '#fdd835'],
  ['absent_excused', '#90a4ae'], ['absent_unexcused', '#d6452f'], ['unknown', '#8e24aa'], ['not_recorded', '#e0e0e0'],
];

export function buildAttendanceHeatmapSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.attendanceHeatmap;
  const members = memberLabels(rows);
  const meetings = uniqueLabels(
    rows.map((r) => [String(r.meeting_date ?? ''), String(localizeValue(labels, 'bodies', r.body) ?? '')].filter(Boolean).join(' · ')),
    rows.map((r) => r.meeting_id),
  );
  const values = rows.map((r, i) => ({
    ...r,
    member_label: members[i],
    meeting_label: meetings[i],
    status_label: localizeValue(labels, 'attendanceStatuses', r.status),
  }));
  const present = new Set(rows.map((r) => r.status));
  const shown = STATUS_COLOURS.filter(([s]) => present.has(s));
  return {
    ...chartFrame(text),
    height: { step: 14 },
    data: { values },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      // Meetings in date order (the label starts with the ISO date).
      x: { field: 'meeting_label', type: 'ordinal', title: text.x, sort: 'ascending', axis: { labels: false, ticks: false } },
      y: { field: 'member_label', type: 'nominal', title: text.y, sort: 'ascending' },
      color: {
        field: 'status_label',
        type: 'nominal',
        title: text.color,
        scale: {
          domain: shown.map(([s]) => localizeValue(labels, 'attendanceStatuses', s) as string),
          range: shown.map(([, c]) => c),
        },
      },
      tooltip: [
        { field: 'member_label', type: 'nominal', title: labels.columns.full_name },
        { field: 'meeting_label', type: 'nominal', title: text.x },
        { field: 'status_label', type: 'nominal', title: text.color },
      ],
    },
  };
}
