/**
 * Every chart by id (the `chart` of a section in SECTIONS): the mart its rows
 * come from, its builder, and which row fields the dashboard's filters select
 * on (commission, month). Filtering picks rows; nothing is recounted, so a
 * chart is filterable only when its mart has one row per commission (or month).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Labels } from '../i18n/getLabels.ts';
import { buildActivitiesByMonthSpec } from './buildActivitiesByMonthSpec.ts';
import { buildAppealsMonthlySpec } from './buildAppealsMonthlySpec.ts';
import { buildAttendanceHeatmapSpec } from './buildAttendanceHeatmapSpec.ts';
import { buildCommissionsComparedSpec } from './buildCommissionsComparedSpec.ts';
import { buildKpiWeightsSpec } from './buildKpiWeightsSpec.ts';
import { buildLettersOverdueSpec } from './buildLettersOverdueSpec.ts';
import { buildMandatoryCoverageSpec } from './buildMandatoryCoverageSpec.ts';
import { buildMediaPlatformsSpec } from './buildMediaPlatformsSpec.ts';
import { buildMeetingsQuorumSpec } from './buildMeetingsQuorumSpec.ts';
import { buildMemberAttendanceSpec } from './buildMemberAttendanceSpec.ts';
import { buildMemberKpiBreakdownSpec } from './buildMemberKpiBreakdownSpec.ts';
import { buildMemberKpiRankingSpec } from './buildMemberKpiRankingSpec.ts';
import { buildMetricHistorySpec } from './buildMetricHistorySpec.ts';

export type ChartBuilder = (rows: Record<string, unknown>[], labels: Labels) => TopLevelSpec;
export type ChartId = keyof Labels['charts'];

export interface ChartFilters {
  /** Row field holding the commission id. */
  commission?: string;
  /** Row field holding the month (YYYY-MM). */
  month?: string;
}

export interface ChartEntry {
  mart: string;
  build: ChartBuilder;
  filters?: ChartFilters;
}

export const chartRegistry: Record<ChartId, ChartEntry> = {
  metricHistory: { mart: 'mart_metric_history', build: buildMetricHistorySpec },
  activitiesByMonth: { mart: 'mart_activities_by_commission', build: buildActivitiesByMonthSpec, filters: { commission: 'commission', month: 'month' } },
  meetingsQuorum: { mart: 'mart_meetings', build: buildMeetingsQuorumSpec },
  attendanceHeatmap: { mart: 'mart_attendance_matrix', build: buildAttendanceHeatmapSpec, filters: { commission: 'commission' } },
  memberAttendance: { mart: 'mart_member_attendance', build: buildMemberAttendanceSpec, filters: { commission: 'commission' } },
  memberKpiRanking: { mart: 'mart_member_kpi', build: buildMemberKpiRankingSpec, filters: { commission: 'commission' } },
  memberKpiBreakdown: { mart: 'mart_member_kpi_breakdown', build: buildMemberKpiBreakdownSpec, filters: { commission: 'commission' } },
  kpiWeightsChart: { mart: 'mart_kpi_weights', build: buildKpiWeightsSpec },
  commissionsCompared: { mart: 'mart_commission_summary', build: buildCommissionsComparedSpec, filters: { commission: 'commission' } },
  appealsMonthly: { mart: 'mart_appeals_timeliness_monthly', build: buildAppealsMonthlySpec, filters: { month: 'month' } },
  lettersOverdue: { mart: 'mart_letters_followup', build: buildLettersOverdueSpec },
  mandatoryCoverageChart: { mart: 'mart_mandatory_coverage', build: buildMandatoryCoverageSpec },
  mediaPlatforms: { mart: 'mart_media', build: buildMediaPlatformsSpec },
};

/** One chart as the dashboard takes it: translated title and description, its spec, and its filter fields. */
export function buildChart(
  id: ChartId,
  rows: Record<string, unknown>[],
  labels: Labels,
): { id: string; title: string; description: string; spec: TopLevelSpec; filters?: ChartFilters } {
  const text = labels.charts[id];
  return { id, title: text.title, description: text.description, spec: chartRegistry[id].build(rows, labels), filters: chartRegistry[id].filters };
}
