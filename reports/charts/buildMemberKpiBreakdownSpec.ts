/** Stacked bars: each member's KPI score as the points each component gives, by rank (mart_member_kpi_breakdown). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { localizeValue } from '../i18n/localizeValue.ts';
import { chartFrame } from './chartFrame.ts';
import { memberLabels } from './uniqueLabels.ts';

export function buildMemberKpiBreakdownSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.memberKpiBreakdown;
  // One name per member (a member has a row per component): namesakes get their id, a member's own rows do not.
  const members = [...new Map(rows.map((r) => [r.member_id, r])).values()];
  const byId = new Map(members.map((m, i) => [m.member_id, memberLabels(members)[i]]));
  const values = rows.map((r) => ({ ...r, member_label: byId.get(r.member_id), component_label: localizeValue(labels, 'kpiComponents', r.component) }));
  return {
    ...chartFrame(text),
    height: { step: 20 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      // Ordered by the mart's rank (min: every row of a member carries the same rank).
      y: { field: 'member_label', type: 'nominal', title: text.y, sort: { field: 'rank', op: 'min', order: 'ascending' } },
      x: { field: 'contribution', type: 'quantitative', title: text.x, stack: 'zero', scale: { domain: [0, 100] } },
      color: { field: 'component_label', type: 'nominal', title: text.color },
      tooltip: [
        { field: 'member_label', type: 'nominal', title: labels.columns.full_name },
        { field: 'rank', type: 'quantitative', title: labels.columns.rank },
        { field: 'score', type: 'quantitative', title: labels.columns.score, format: '.1f' },
        { field: 'component_label', type: 'nominal', title: labels.columns.component },
        { field: 'component_value', type: 'quantitative', title: labels.columns.value, format: '.2f' },
        { field: 'weight', type: 'quantitative', title: labels.columns.weight },
        { field: 'contribution', type: 'quantitative', title: text.x, format: '.1f' },
      ],
    },
  };
}
