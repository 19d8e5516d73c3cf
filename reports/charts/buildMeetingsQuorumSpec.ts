/**
 * Per meeting: members present (bars) against the number a quorum requires (ticks) (mart_meetings).
 * One panel for the council and its presidium, then one per commission (issue 14: 60 meetings on
 * one axis read as none), each with its own axis; fixed panel sizes, as a faceted chart cannot
 * fill a container (the dashboard scrolls it inside its figure on a narrow screen).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { formatDataIssues } from '../i18n/formatDataIssues.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';
import { uniqueLabels } from './uniqueLabels.ts';

export function buildMeetingsQuorumSpec(unordered: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.meetingsQuorum;
  // Bars in the order the meetings were held (the chart's rows come as the mart stores them).
  const key = (r: Record<string, unknown>) => `${String(r.date)}\u0000${String(r.body)}\u0000${String(r.meeting_id)}`;
  const rows = [...unordered].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // Date, body and number name a meeting for a reader; the id is added only to tell namesakes apart.
  // Within a commission's panel its name is the panel's title, so a bar says date and number only.
  const leadership = (r: Record<string, unknown>) => r.body === 'council' || r.body === 'presidium';
  const panelOf = (r: Record<string, unknown>) => (leadership(r) ? text.leadershipPanel : String(localizeValue(labels, 'bodies', r.body)));
  const shown = rows.map((r) => [r.date, leadership(r) ? localizeValue(labels, 'bodies', r.body) : null, r.number ? `№ ${String(r.number)}` : null].filter(Boolean).join(' · '));
  const names = uniqueLabels(
    rows.map((r, i) => `${panelOf(r)}\u0000${shown[i]}`),
    rows.map((r) => r.meeting_id),
  ).map((name) => name.slice(name.indexOf('\u0000') + 1));
  const panels = [...new Set(rows.map(panelOf))].sort((a, b) => (a === text.leadershipPanel ? -1 : b === text.leadershipPanel ? 1 : a.localeCompare(b, labels.meta.locale, { numeric: true })));
  const values = rows.map((r, i) => ({
    ...r,
    panel: panelOf(r),
    meeting_label: names[i],
    meeting_order: i,
    quorum_label: r.quorum_met === true ? labels.ui.yes : r.quorum_met === false ? labels.ui.no : labels.ui.noData,
    // The open data errors that touch this quorum (mart_meetings.data_issues), shown beside it in the tooltip.
    data_issue: formatDataIssues(labels, r.data_issues),
  }));
  const flagged = values.some((v) => v.data_issue !== null);
  // "No data" gets a colour only when some meeting lacks the quorum flag, so the legend shows only what is drawn.
  const hasUnknown = values.some((v) => v.quorum_label === labels.ui.noData);
  const quorumScale = hasUnknown
    ? { domain: [labels.ui.yes, labels.ui.no, labels.ui.noData], range: ['#54a24b', '#d6452f', '#9d9d9d'] }
    : { domain: [labels.ui.yes, labels.ui.no], range: ['#54a24b', '#d6452f'] };
  // The mart's order (by date), not the labels' alphabet: a facet's independent scales do not keep the rows' order.
  const x = { field: 'meeting_label', type: 'ordinal', title: text.x, sort: { field: 'meeting_order', op: 'min' }, axis: { labelAngle: -45, labelLimit: 320 } } as const;
  const { width: _containerWidth, autosize: _fit, ...frame } = chartFrame(text);
  return {
    ...frame,
    data: { values },
    facet: { field: 'panel', type: 'nominal', title: null, sort: panels, header: { labelFontSize: 13, labelFontWeight: 'bold', labelAnchor: 'start', labelLimit: 300 } },
    columns: 3,
    // Each panel its own scales: a commission of 8 read on the council's axis of 35 shows nothing.
    resolve: { scale: { x: 'independent', y: 'independent' } },
    spec: {
    width: { step: 18 },
    height: 180,
    layer: [
      {
        mark: { type: 'bar', tooltip: true },
        encoding: {
          x,
          y: { field: 'present', type: 'quantitative', title: text.y, axis: { tickMinStep: 1 } },
          color: {
            field: 'quorum_label',
            type: 'nominal',
            title: text.color,
            scale: quorumScale,
          },
          tooltip: [
            { field: 'meeting_label', type: 'nominal', title: text.x },
            { field: 'title', type: 'nominal', title: labels.columns.title },
            { field: 'members_total', type: 'quantitative', title: labels.columns.members_total },
            { field: 'present', type: 'quantitative', title: labels.columns.present },
            { field: 'online', type: 'quantitative', title: labels.columns.online },
            { field: 'quorum_required', type: 'quantitative', title: labels.columns.quorum_required },
            { field: 'quorum_label', type: 'nominal', title: labels.columns.quorum_met },
            ...(flagged ? [{ field: 'data_issue', type: 'nominal', title: labels.columns.data_issues } as const] : []),
          ],
        },
      },
      {
        mark: { type: 'tick', color: '#222', thickness: 2, tooltip: true },
        encoding: {
          x,
          y: { field: 'quorum_required', type: 'quantitative' },
          tooltip: [
            { field: 'meeting_label', type: 'nominal', title: text.x },
            { field: 'quorum_required', type: 'quantitative', title: text.quorumMark },
          ],
        },
      },
    ],
    },
  } as TopLevelSpec;
}
