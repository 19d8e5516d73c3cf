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
  /** Could identify an applicant: left out of `--public` outputs. */
  personal?: boolean;
  /** Shown only when some row has a value (a data-error flag: a clean report has no such column). */
  optional?: boolean;
  /** A null here is a period without records (int_register_coverage): no data, not 0 — the cell says so. */
  noData?: boolean;
}

export interface Section {
  id: string;
  titleKey: keyof Labels['sections'];
  mart: string;
  columns: SectionColumn[];
  /** SQL `order by` list, made of this mart's column names. */
  orderBy: string;
  /** SQL condition on this mart's columns (code, never input), for sections that show part of a mart. */
  where?: string;
  /**
   * The chart the dashboard shows in this section (dashboardSections.ts), if any: drawn from its own mart
   * as reports/charts/chartRegistry.ts says, not from this section's rows. The sheet's pictures are `images`.
   */
  chart?: keyof Labels['charts'];
  /** Charts placed on this section's sheet as images. */
  images?: (keyof Labels['charts'])[];
  /** Rows that need attention, highlighted: where this mart column is true, false, not zero, or set (not null). */
  highlight?: { key: string; when: true | false | 'nonzero' | 'set' };
  /** A mart column whose value 'month' marks a group row (the monthly table layout of the 2019 report). */
  groupRow?: string;
  /** Mart columns read for layout (highlight, groupRow) without being shown. */
  hidden?: string[];
}

const activityList = (id: string, titleKey: keyof Labels['sections'], types: string[]): Section => ({
  id,
  titleKey,
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
  // Type ids are constants of this file, never input.
  where: `type in (${types.map((t) => `'${t}'`).join(', ')})`,
});

export const SECTIONS: Section[] = [
  {
    id: 'summary',
    titleKey: 'summary',
    mart: 'mart_metric_change',
    columns: [
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'value', labelKey: 'value', type: 'number', noData: true },
      { key: 'previous_value', labelKey: 'previous_value', type: 'number', noData: true },
      { key: 'change', labelKey: 'change', type: 'number' },
      { key: 'change_share', labelKey: 'change_share', type: 'percent' },
      { key: 'year_ago_value', labelKey: 'year_ago_value', type: 'number', noData: true },
      { key: 'year_ago_change', labelKey: 'year_ago_change', type: 'number' },
    ],
    // The order of the metric ids in DESIGN.md, as the council's reports list them; the dashboard cards follow it.
    orderBy: 'metric_order, metric',
    images: ['metricHistory', 'activitiesByMonth'],
  },
  {
    id: 'composition',
    titleKey: 'composition',
    mart: 'mart_composition',
    columns: [
      { key: 'full_name', labelKey: 'full_name', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'commission_name', labelKey: 'commission_name', type: 'text' },
      { key: 'role', labelKey: 'role', type: 'text', values: 'roles' },
      { key: 'sector', labelKey: 'sector', type: 'text', values: 'sectors' },
      { key: 'district', labelKey: 'district', type: 'text' },
      { key: 'joined_on', labelKey: 'joined_on', type: 'date' },
      { key: 'left_on', labelKey: 'left_on', type: 'date' },
      { key: 'left_reason', labelKey: 'left_reason', type: 'text', values: 'leftReasons' },
      { key: 'on_last_day', labelKey: 'on_last_day', type: 'bool' },
      { key: 'member_id', labelKey: 'member_id', type: 'text' },
    ],
    orderBy: 'full_name, member_id',
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
      // Beside the quorum: the open data errors that touch it (int_data_issues).
      { key: 'data_issues', labelKey: 'data_issues', type: 'text', values: 'dataIssues', optional: true },
      { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
    ],
    orderBy: 'date, body, meeting_id',
    highlight: { key: 'data_issues', when: 'set' },
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
    highlight: { key: 'exclusion_risk', when: true },
  },
  {
    id: 'votes',
    titleKey: 'votes',
    mart: 'mart_votes',
    columns: [
      { key: 'date', labelKey: 'date', type: 'date' },
      { key: 'body', labelKey: 'body', type: 'text', values: 'bodies' },
      { key: 'item_no', labelKey: 'item_no', type: 'int' },
      { key: 'votes_for', labelKey: 'votes_for', type: 'int' },
      { key: 'votes_against', labelKey: 'votes_against', type: 'int' },
      { key: 'votes_abstain', labelKey: 'votes_abstain', type: 'int' },
      { key: 'present', labelKey: 'present', type: 'int' },
      { key: 'declared', labelKey: 'declared', type: 'text', values: 'voteResults' },
      { key: 'outcome_by_rule', labelKey: 'outcome_by_rule', type: 'text', values: 'voteResults' },
      // Beside the outcome: the open data errors that touch it (int_data_issues).
      { key: 'data_issues', labelKey: 'data_issues', type: 'text', values: 'dataIssues', optional: true },
      { key: 'outcome_mismatch', labelKey: 'outcome_mismatch', type: 'bool' },
      { key: 'count_mismatch', labelKey: 'count_mismatch', type: 'bool' },
      { key: 'meeting_id', labelKey: 'meeting_id', type: 'text' },
    ],
    orderBy: 'date, meeting_id, item_no',
    highlight: { key: 'data_issues', when: 'set' },
  },
  activityList('reportHearings', 'reportHearings', ['report_hearing']),
  {
    id: 'mandatoryCoverage',
    titleKey: 'mandatoryCoverage',
    mart: 'mart_mandatory_coverage',
    columns: [
      { key: 'name', labelKey: 'name', type: 'text' },
      { key: 'kind', labelKey: 'kind', type: 'text', values: 'bodyKinds' },
      { key: 'heard', labelKey: 'heard', type: 'bool' },
      { key: 'times_heard', labelKey: 'times_heard', type: 'int' },
      { key: 'last_heard_on', labelKey: 'last_heard_on', type: 'date' },
      { key: 'body_id', labelKey: 'body_id', type: 'text' },
    ],
    // Bodies not heard first: they are what the section is for.
    orderBy: 'heard, name, body_id',
    highlight: { key: 'heard', when: false },
    chart: 'mandatoryCoverageChart',
  },
  activityList('publicHearings', 'publicHearings', ['public_hearing']),
  {
    id: 'monitorings',
    titleKey: 'monitorings',
    mart: 'mart_monitoring_table',
    // The columns of the monitoring table in the council's 2019 report, in its order.
    columns: [
      { key: 'item_no', labelKey: 'monitoring_no', type: 'int' },
      { key: 'council', labelKey: 'council', type: 'text' },
      { key: 'monthly_count', labelKey: 'monthly_count', type: 'int' },
      { key: 'topic', labelKey: 'topic', type: 'text' },
      { key: 'participants', labelKey: 'participants', type: 'text' },
      { key: 'recommendations', labelKey: 'monitoring_recommendations', type: 'text' },
      { key: 'publicity', labelKey: 'publicity', type: 'text' },
      { key: 'outcome', labelKey: 'outcome', type: 'text' },
      { key: 'date_start', labelKey: 'date_start', type: 'date' },
    ],
    orderBy: 'line_no',
    groupRow: 'row_kind',
    hidden: ['row_kind', 'month'],
  },
  {
    id: 'npaReviews',
    titleKey: 'npaReviews',
    mart: 'mart_npa_reviews',
    columns: [
      { key: 'received_on', labelKey: 'received_on', type: 'date' },
      { key: 'reviewed_on', labelKey: 'reviewed_on', type: 'date' },
      { key: 'title', labelKey: 'title', type: 'text' },
      { key: 'source_body', labelKey: 'source_body', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'result', labelKey: 'result', type: 'text', values: 'npaResults' },
      { key: 'in_npa_reviewed', labelKey: 'in_npa_reviewed', type: 'bool' },
      { key: 'npa_id', labelKey: 'npa_id', type: 'text' },
    ],
    orderBy: 'reviewed_on nulls last, received_on, npa_id',
  },
  {
    id: 'appeals',
    titleKey: 'appeals',
    mart: 'mart_appeals_timeliness_monthly',
    columns: [
      { key: 'month', labelKey: 'month', type: 'text', values: 'months' },
      { key: 'received', labelKey: 'received', type: 'int' },
      { key: 'answered', labelKey: 'answered', type: 'int' },
      { key: 'answered_on_time', labelKey: 'answered_on_time', type: 'int' },
      { key: 'on_time_rate', labelKey: 'on_time_rate', type: 'percent' },
    ],
    orderBy: 'month',
    chart: 'appealsMonthly',
  },
  {
    id: 'appealsSummary',
    titleKey: 'appealsSummary',
    mart: 'mart_appeals',
    columns: [
      { key: 'received', labelKey: 'received', type: 'int' },
      { key: 'individuals', labelKey: 'individuals', type: 'int' },
      { key: 'legal_entities', labelKey: 'legal_entities', type: 'int' },
      { key: 'answered', labelKey: 'answered', type: 'int' },
      { key: 'answered_on_time', labelKey: 'answered_on_time', type: 'int' },
      { key: 'on_time_rate', labelKey: 'on_time_rate', type: 'percent' },
      { key: 'median_working_days', labelKey: 'median_working_days', type: 'number' },
      { key: 'open', labelKey: 'open', type: 'int' },
      { key: 'open_overdue', labelKey: 'open_overdue', type: 'int' },
      { key: 'open_up_to_4_weeks', labelKey: 'open_up_to_4_weeks', type: 'int' },
      { key: 'open_4_to_8_weeks', labelKey: 'open_4_to_8_weeks', type: 'int' },
      { key: 'open_over_8_weeks', labelKey: 'open_over_8_weeks', type: 'int' },
    ],
    orderBy: 'period',
  },
  {
    id: 'appealsBreakdown',
    titleKey: 'appealsBreakdown',
    mart: 'mart_appeals_breakdown',
    columns: [
      { key: 'dimension', labelKey: 'dimension', type: 'text', values: 'appealDimensions' },
      { key: 'category', labelKey: 'category', type: 'text', values: 'appealDimensions' },
      { key: 'received', labelKey: 'received', type: 'int' },
      { key: 'answered', labelKey: 'answered', type: 'int' },
      { key: 'answered_on_time', labelKey: 'answered_on_time', type: 'int' },
      { key: 'on_time_rate', labelKey: 'on_time_rate', type: 'percent' },
      { key: 'median_working_days', labelKey: 'median_working_days', type: 'number' },
      { key: 'open', labelKey: 'open', type: 'int' },
      { key: 'open_overdue', labelKey: 'open_overdue', type: 'int' },
    ],
    orderBy: 'dimension, received desc, category',
  },
  {
    id: 'letters',
    titleKey: 'letters',
    mart: 'mart_letters_followup',
    columns: [
      { key: 'addressee_name', labelKey: 'addressee_name', type: 'text' },
      { key: 'addressee_kind', labelKey: 'kind', type: 'text', values: 'bodyKinds' },
      { key: 'sent', labelKey: 'sent', type: 'int' },
      { key: 'answered', labelKey: 'answered', type: 'int' },
      { key: 'answer_rate', labelKey: 'answer_rate', type: 'percent' },
      { key: 'answer_rate_low', labelKey: 'answer_rate_low', type: 'percent' },
      { key: 'answer_rate_high', labelKey: 'answer_rate_high', type: 'percent' },
      { key: 'answered_on_time', labelKey: 'answered_on_time', type: 'int' },
      { key: 'overdue', labelKey: 'overdue', type: 'int' },
      { key: 'oldest_overdue_working_days', labelKey: 'oldest_overdue_working_days', type: 'int' },
      { key: 'addressee', labelKey: 'addressee', type: 'text' },
    ],
    orderBy: 'oldest_overdue_working_days desc nulls last, addressee',
    highlight: { key: 'overdue', when: 'nonzero' },
    chart: 'lettersOverdue',
  },
  {
    id: 'lettersOverdue',
    titleKey: 'lettersOverdue',
    mart: 'mart_letters_overdue',
    columns: [
      { key: 'sent_on', labelKey: 'sent_on', type: 'date' },
      { key: 'due_on', labelKey: 'due_on', type: 'date' },
      { key: 'working_days_overdue', labelKey: 'working_days_overdue', type: 'int' },
      { key: 'addressee_name', labelKey: 'addressee_name', type: 'text' },
      { key: 'commission', labelKey: 'commission', type: 'text' },
      // A letter's subject may name the applicant whose appeal it follows up.
      { key: 'subject', labelKey: 'subject', type: 'text', personal: true },
      { key: 'letter_id', labelKey: 'letter_id', type: 'text' },
    ],
    orderBy: 'working_days_overdue desc, sent_on, letter_id',
  },
  activityList('roundTables', 'roundTables', ['round_table', 'dialog_platform']),
  {
    id: 'media',
    titleKey: 'media',
    mart: 'mart_media',
    columns: [
      { key: 'platform', labelKey: 'platform', type: 'text', values: 'platforms' },
      { key: 'publications', labelKey: 'publications', type: 'int' },
      { key: 'views', labelKey: 'views', type: 'int' },
      { key: 'months', labelKey: 'months_count', type: 'int' },
    ],
    orderBy: 'publications desc, platform',
    chart: 'mediaPlatforms',
  },
  {
    id: 'activities',
    titleKey: 'activities',
    mart: 'mart_activities',
    columns: activityList('activities', 'activities', []).columns,
    orderBy: 'date_start, activity_id',
    // The chart reads mart_activities_by_commission (one row per month, type and commission), not these rows.
    chart: 'activitiesByMonth',
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
      { key: 'appeals_handled', labelKey: 'appeals_handled', type: 'int' },
      { key: 'letters_handled', labelKey: 'letters_handled', type: 'int' },
      { key: 'npa_conclusions', labelKey: 'npa_conclusions', type: 'int' },
      // The normalised components (0–1) the score weighs: the breakdown shown next to the score.
      { key: 'attendance_component', labelKey: 'attendance_component', type: 'number' },
      { key: 'participated_component', labelKey: 'participated_component', type: 'number' },
      { key: 'led_component', labelKey: 'led_component', type: 'number' },
      { key: 'appeals_component', labelKey: 'appeals_component', type: 'number' },
      { key: 'letters_component', labelKey: 'letters_component', type: 'number' },
      { key: 'npa_component', labelKey: 'npa_component', type: 'number' },
      { key: 'percentile', labelKey: 'percentile', type: 'number' },
      { key: 'commission_rank', labelKey: 'commission_rank', type: 'int' },
      { key: 'commission_percentile', labelKey: 'commission_percentile', type: 'number' },
      { key: 'membership_share', labelKey: 'membership_share', type: 'percent' },
      { key: 'member_id', labelKey: 'member_id', type: 'text' },
    ],
    orderBy: 'rank, full_name, member_id',
    chart: 'memberKpiRanking',
    images: ['memberKpiBreakdown', 'kpiWeightsChart'],
  },
  {
    id: 'kpiWeights',
    titleKey: 'kpiWeights',
    mart: 'mart_kpi_weights',
    columns: [
      { key: 'component', labelKey: 'component', type: 'text', values: 'kpiComponents' },
      { key: 'weight', labelKey: 'weight', type: 'number' },
      { key: 'share', labelKey: 'share', type: 'percent' },
    ],
    orderBy: 'weight desc, component',
    chart: 'kpiWeightsChart',
  },
  {
    id: 'commissionSummary',
    titleKey: 'commissionSummary',
    mart: 'mart_commission_summary',
    columns: [
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'commission_name', labelKey: 'commission_name', type: 'text' },
      { key: 'members', labelKey: 'members', type: 'int' },
      { key: 'meetings', labelKey: 'meetings', type: 'int' },
      { key: 'activities', labelKey: 'activities', type: 'int' },
      { key: 'monitorings', labelKey: 'monitorings', type: 'int' },
      { key: 'public_hearings', labelKey: 'public_hearings', type: 'int' },
      { key: 'report_hearings', labelKey: 'report_hearings', type: 'int' },
      { key: 'round_tables', labelKey: 'round_tables', type: 'int' },
      { key: 'dialog_platforms', labelKey: 'dialog_platforms', type: 'int' },
      { key: 'appeals_received', labelKey: 'appeals_received', type: 'int' },
      { key: 'appeals_answered', labelKey: 'appeals_answered', type: 'int' },
    ],
    orderBy: 'commission',
    chart: 'commissionsCompared',
  },
  {
    id: 'commissionKpi',
    titleKey: 'commissionKpi',
    mart: 'mart_commission_kpi',
    columns: [
      { key: 'commission', labelKey: 'commission', type: 'text' },
      { key: 'name', labelKey: 'commission_name', type: 'text' },
      { key: 'members', labelKey: 'members', type: 'int' },
      { key: 'meetings', labelKey: 'meetings', type: 'int' },
      { key: 'activities', labelKey: 'activities', type: 'int' },
      { key: 'plan_items', labelKey: 'plan_items', type: 'int' },
      { key: 'plan_done', labelKey: 'plan_done', type: 'int' },
      { key: 'plan_fulfilment', labelKey: 'plan_fulfilment', type: 'percent' },
      { key: 'recommendations_sent', labelKey: 'recommendations_sent', type: 'int' },
      { key: 'letters_sent', labelKey: 'letters_sent', type: 'int' },
      { key: 'letters_answered', labelKey: 'letters_answered', type: 'int' },
      { key: 'answer_rate', labelKey: 'answer_rate', type: 'percent' },
      { key: 'appeals_received', labelKey: 'appeals_received', type: 'int' },
      { key: 'appeals_answered', labelKey: 'appeals_answered', type: 'int' },
      { key: 'appeals_on_time_rate', labelKey: 'appeals_on_time_rate', type: 'percent' },
      { key: 'attendance_rate', labelKey: 'attendance_rate', type: 'percent' },
      { key: 'own_meetings_attendance_rate', labelKey: 'own_meetings_attendance_rate', type: 'percent' },
    ],
    orderBy: 'commission',
  },
  {
    id: 'reconciliation',
    titleKey: 'reconciliation',
    mart: 'mart_reconciliation',
    columns: [
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'period_from', labelKey: 'period_from', type: 'date' },
      { key: 'period_to', labelKey: 'period_to', type: 'date' },
      { key: 'stated', labelKey: 'stated', type: 'number' },
      { key: 'computed', labelKey: 'computed', type: 'number' },
      { key: 'difference', labelKey: 'difference', type: 'number' },
      { key: 'status', labelKey: 'status', type: 'text', values: 'reconciliationStatuses' },
      { key: 'issue', labelKey: 'issue', type: 'text' },
      { key: 'source', labelKey: 'source', type: 'text' },
    ],
    orderBy: 'metric, period_from, source',
    highlight: { key: 'difference', when: 'nonzero' },
  },
  {
    id: 'history',
    titleKey: 'history',
    mart: 'mart_metric_history',
    columns: [
      { key: 'year', labelKey: 'year', type: 'int' },
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'value', labelKey: 'value', type: 'number', noData: true },
      { key: 'source_kind', labelKey: 'source_kind', type: 'text', values: 'sourceKinds' },
      { key: 'source', labelKey: 'source', type: 'text' },
    ],
    orderBy: 'metric, year',
    chart: 'metricHistory',
  },
  {
    id: 'sources',
    titleKey: 'sources',
    mart: 'mart_figure_sources',
    columns: [
      { key: 'metric', labelKey: 'metric', type: 'text', values: 'metrics' },
      { key: 'mart', labelKey: 'mart', type: 'text' },
      { key: 'source_table', labelKey: 'source_table', type: 'text' },
      { key: 'source_file', labelKey: 'source_file', type: 'text' },
      { key: 'rows', labelKey: 'rows', type: 'int' },
    ],
    orderBy: 'metric, source_file',
  },
];

/** A section of SECTIONS by id, for outputs that lay out one section on its own (member sheet, quarterly export). */
export function sectionById(id: string): Section {
  const section = SECTIONS.find((s) => s.id === id);
  if (!section) throw new Error(`no report section "${id}"`);
  return section;
}

/** Every column a section reads from its mart: the shown ones, then those used for layout. */
export function sectionMartColumns(section: Section): string[] {
  const keys = section.columns.map((c) => c.key);
  for (const k of [...(section.hidden ?? []), section.highlight?.key, section.groupRow]) if (k && !keys.includes(k)) keys.push(k);
  return keys;
}
