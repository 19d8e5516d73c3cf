/**
 * Every chart by id (the `chart` of a section in SECTIONS): the mart its rows
 * come from and its builder. Most charts read their section's mart; the
 * activities chart reads the monthly mart, hence the explicit `mart` here.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { buildActivitiesByMonthSpec } from './buildActivitiesByMonthSpec.ts';
import { buildAppealsMonthlySpec } from './buildAppealsMonthlySpec.ts';
import { buildMeetingsQuorumSpec } from './buildMeetingsQuorumSpec.ts';
import { buildMemberAttendanceSpec } from './buildMemberAttendanceSpec.ts';
import { buildMemberKpiRankingSpec } from './buildMemberKpiRankingSpec.ts';

export type ChartBuilder = (rows: Record<string, unknown>[], labels: Labels) => TopLevelSpec;
export type ChartId = keyof Labels['charts'];

export interface ChartEntry {
  mart: string;
  build: ChartBuilder;
}

export const chartRegistry: Record<ChartId, ChartEntry> = {
  meetingsQuorum: { mart: 'mart_meetings', build: buildMeetingsQuorumSpec },
  memberAttendance: { mart: 'mart_member_attendance', build: buildMemberAttendanceSpec },
  activitiesByMonth: { mart: 'mart_activities_monthly', build: buildActivitiesByMonthSpec },
  appealsMonthly: { mart: 'mart_appeals_monthly', build: buildAppealsMonthlySpec },
  memberKpiRanking: { mart: 'mart_member_kpi', build: buildMemberKpiRankingSpec },
};

/** One chart as the dashboard takes it: translated title and description, and its spec. */
export function buildChart(id: ChartId, rows: Record<string, unknown>[], labels: Labels): { id: string; title: string; description: string; spec: TopLevelSpec } {
  const text = labels.charts[id];
  return { id, title: text.title, description: text.description, spec: chartRegistry[id].build(rows, labels) };
}
