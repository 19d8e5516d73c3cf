/** Per meeting: members present (bars) against the number a quorum requires (ticks) (mart_meetings). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { formatDataIssues } from '../i18n/formatDataIssues.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';
import { uniqueLabels } from './uniqueLabels.ts';

export function buildMeetingsQuorumSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.meetingsQuorum;
  // Date, body and number name a meeting for a reader; the id is added only to tell namesakes apart.
  const names = uniqueLabels(
    rows.map((r) => [r.date, localizeValue(labels, 'bodies', r.body), r.number ? `№ ${String(r.number)}` : null].filter(Boolean).join(' · ')),
    rows.map((r) => r.meeting_id),
  );
  const values = rows.map((r, i) => ({
    ...r,
    meeting_label: names[i],
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
  // sort: null keeps the mart's order (by date) instead of sorting the labels alphabetically.
  const x = { field: 'meeting_label', type: 'ordinal', title: text.x, sort: null, axis: { labelAngle: -45 } } as const;
  return {
    ...chartFrame(text),
    height: 280,
    data: { values },
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
  };
}
