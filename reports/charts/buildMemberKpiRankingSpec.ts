/** Horizontal bars: members by KPI score, highest first (mart_member_kpi; the rank comes from SQL). */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { chartFrame } from './chartFrame.ts';
import { memberLabels } from './uniqueLabels.ts';

const COMPONENTS = ['attendance_component', 'participated_component', 'led_component', 'appeals_component', 'letters_component', 'npa_component'] as const;

export function buildMemberKpiRankingSpec(rows: Record<string, unknown>[], labels: Labels): TopLevelSpec {
  const text = labels.charts.memberKpiRanking;
  const names = memberLabels(rows);
  const values = rows.map((r, i) => ({ ...r, member_label: names[i] }));
  return {
    ...chartFrame(text),
    height: { step: 22 },
    data: { values },
    mark: { type: 'bar', tooltip: true },
    encoding: {
      // Ordered by the mart's rank, so ties show as SQL ranked them.
      y: { field: 'member_label', type: 'nominal', title: text.y, sort: { field: 'rank', order: 'ascending' } },
      x: { field: 'score', type: 'quantitative', title: text.x, scale: { domain: [0, 100] }, axis: { tickCount: 5 } },
      color: { field: 'commission', type: 'nominal', title: labels.columns.commission },
      tooltip: [
        { field: 'rank', type: 'quantitative', title: labels.columns.rank },
        { field: 'member_label', type: 'nominal', title: labels.columns.full_name },
        { field: 'commission', type: 'nominal', title: labels.columns.commission },
        { field: 'score', type: 'quantitative', title: labels.columns.score, format: '.1f' },
        { field: 'attendance_rate', type: 'quantitative', title: labels.columns.attendance_rate, format: '.1%' },
        { field: 'activities_participated', type: 'quantitative', title: labels.columns.activities_participated },
        { field: 'activities_led', type: 'quantitative', title: labels.columns.activities_led },
        // The normalised components behind the score (0–1), when the mart has them.
        ...COMPONENTS.filter((c) => rows.some((r) => c in r)).map((c) => ({ field: c, type: 'quantitative' as const, title: labels.columns[c], format: '.2f' })),
      ],
    },
  };
}
