/**
 * The report's structure as data: one entry per section, driving the workbook
 * sheets, the dashboard and the narrative alike. The lead runs, per section,
 *   select <columns.key> from <mart> where period = $period order by <orderBy>
 * so every column key is a mart column name, spelled exactly as in sql/marts.
 */
import type { Labels } from './i18n/getLabels.ts';
import type { ValueDictionary } from './i18n/localizeValue.ts';

export type ColumnType = 'text' | 'int' | 'number' | 'percent' | 'date' | 'bool';

export interface SectionColumn {
  /** Mart column name. */
  key: string;
  /** Key of `Labels['columns']` (typed, so a missing label fails the typecheck). */
  labelKey: keyof Labels['columns'];
  type: ColumnType;
  /** When set, the cell shows the label of the value (metric id → its name). */
  values?: ValueDictionary;
}

export interface Section {
  id: string;
  titleKey: keyof Labels['sections'];
  mart: string;
  columns: SectionColumn[];
  /** SQL `order by` list, made of this mart's column names. */
  orderBy: string;
  /** Id of the chart drawn from this section's rows (see reports/charts/chartRegistry.ts), if any. */
  chart?: keyof Labels['charts'];
}

export const SECTIONS: Section[] = [
  {
    id: 'summary',
    titleKey: 'summary',
    mart: 'mart_period_metrics',
    columns: [
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'value', labelKey: 'value', type: 'number' },
      { key: 'previous_value', labelKey: 'previous_value', type: 'number' },
      { key: 'year_ago_value', labelKey: 'year_ago_value', type: 'number' },
    ],
    // The mart has no display order of its own; the dashboard cards follow the same order.
    orderBy: 'metric',
  },
  {
    id: 'meetings',
    titleKey: 'meetings',
    mart: 'mart_meetings',
    columns: [
      { key: 'date', labelKey: 'date', type: 'date' },
      { key: 'body', labelKey: 'body', type: 'text', values: 'bodies' },
      { key: 'number', labelKey: 'number', type: 'text' },
      { key: 'format', labelKey: 'format', type: 'text', values: 'meetingFormats' },
      { key: 'title', labelKey: 'title', type: 'text' },
      { key: 'members_total', labelKey: 'members_total', type: 'int' },
      { key: 'present', labelKey: 'present', type: 'int' },
      { key: 'online', labelKey: 'online', type: 'int' },
      { key: 'quorum_required', labelKey: 'quorum_required', type: 'int' },
      { key: 'quorum_met', labelKey: 'quorum_met', type: 'bool' },
      { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
    ],
    orderBy: 'date, body, meeting_id',
    chart: 'meetingsQuorum',
  },
  {
    id: 'memberAttendance',
    titleKey: 'memberAttendance',
    mart: 'mart_member_attendance',
    columns: [
      { key: 'full_name', labelKey: 'full_name', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'body', labelKey: 'body', type: 'text', values: 'bodies' },
      { key: 'expected', labelKey: 'expected', type: 'int' },
      { key: 'attended', labelKey: 'attended', type: 'int' },
      { key: 'online', labelKey: 'online', type: 'int' },
      { key: 'excused', labelKey: 'excused', type: 'int' },
      { key: 'unexcused', labelKey: 'unexcused', type: 'int' },
      { key: 'unknown', labelKey: 'unknown', type: 'int' },
      { key: 'attendance_rate', labelKey: 'attendance_rate', type: 'percent' },
      { key: 'exclusion_risk', labelKey: 'exclusion_risk', type: 'bool' },
      { key: 'member_id', labelKey: 'member_id', type: 'text' },
    ],
    orderBy: 'full_name, member_id, body',
    chart: 'memberAttendance',
  },
  {
    id: 'activities',
    titleKey: 'activities',
    mart: 'mart_activities',
    columns: [
      { key: 'date_start', labelKey: 'date_start', type: 'date' },
      { key: 'date_end', labelKey: 'date_end', type: 'date' },
      { key: 'type', labelKey: 'type', type: 'text', values: 'activityTypes' },
      { key: 'title', labelKey: 'title', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'target_body', labelKey: 'target_body', type: 'text' },
      { key: 'recommendations', labelKey: 'recommendations', type: 'text' },
      { key: 'activity_id', labelKey: 'activity_id', type: 'text' },
    ],
    orderBy: 'date_start, activity_id',
    // The chart reads mart_activities_monthly (one row per month and type), not these rows.
    chart: 'activitiesByMonth',
  },
  {
    id: 'appeals',
    titleKey: 'appeals',
    mart: 'mart_appeals_monthly',
    columns: [
      { key: 'month', labelKey: 'month', type: 'text' },
      { key: 'received', labelKey: 'received', type: 'int' },
      { key: 'answered', labelKey: 'answered', type: 'int' },
    ],
    orderBy: 'month',
    chart: 'appealsMonthly',
  },
  {
    id: 'memberKpi',
    titleKey: 'memberKpi',
    mart: 'mart_member_kpi',
    columns: [
      { key: 'rank', labelKey: 'rank', type: 'int' },
      { key: 'full_name', labelKey: 'full_name', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'score', labelKey: 'score', type: 'number' },
      { key: 'meetings_expected', labelKey: 'meetings_expected', type: 'int' },
      { key: 'meetings_attended', labelKey: 'meetings_attended', type: 'int' },
      { key: 'attendance_rate', labelKey: 'attendance_rate', type: 'percent' },
      { key: 'activities_participated', labelKey: 'activities_participated', type: 'int' },
      { key: 'activities_led', labelKey: 'activities_led', type: 'int' },
      { key: 'member_id', labelKey: 'member_id', type: 'text' },
    ],
    orderBy: 'rank, full_name, member_id',
    chart: 'memberKpiRanking',
  },
];
