/**
 * A few rows of each mart, as the lead's queries return them (numbers as
 * numbers, dates as ISO strings, missing as null), shared by the report tests.
 * Names are Cyrillic and Kazakh on purpose, and two titles are hostile: one
 * would be a formula if pasted into a cell, one would close a <script> tag if
 * pasted into HTML.
 */
export const FORMULA_TITLE = '=HYPERLINK("http://x","y")';
export const SCRIPT_TITLE = '</script><script>alert(1)</script>';

export const periodMetrics: Record<string, unknown>[] = [
  { period: '2025', metric: 'general_meetings', value: 7, previous_value: 6, year_ago_value: 5, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'monitorings', value: 18, previous_value: 22, year_ago_value: null, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'appeals_received', value: 232, previous_value: 232, year_ago_value: 190, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'appeals_answered', value: 196, previous_value: null, year_ago_value: null, previous_period: '2024', year_ago_period: '2024' },
];

export const meetings: Record<string, unknown>[] = [
  { period: '2025', meeting_id: 'M-8', body: 'council', date: '2025-12-28', format: 'hybrid', number: '8', title: 'Итоги года. Жыл қорытындысы', members_total: 39, present: 30, online: 9, quorum_required: 26, quorum_met: true },
  { period: '2025', meeting_id: 'P-3', body: 'presidium', date: '2025-05-14', format: 'offline', number: '3', title: SCRIPT_TITLE, members_total: 39, present: 20, online: 0, quorum_required: 26, quorum_met: false },
  { period: '2025', meeting_id: 'C1-2', body: 'commission 1', date: '2025-03-02', format: 'online', number: '2', title: FORMULA_TITLE, members_total: 8, present: 6, online: 6, quorum_required: 6, quorum_met: true },
];

export const memberAttendance: Record<string, unknown>[] = [
  { period: '2025', member_id: 'm1', full_name: 'Кобеева Алтынай Орманкалиевна', commission: '1', body: 'all', expected: 14, attended: 13, online: 2, excused: 1, unexcused: 0, unknown: 0, attendance_rate: 0.9286, exclusion_risk: false },
  { period: '2025', member_id: 'm2', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '3', body: 'all', expected: 14, attended: 8, online: 1, excused: 1, unexcused: 4, unknown: 1, attendance_rate: 0.5714, exclusion_risk: true },
  { period: '2025', member_id: 'm3', full_name: 'Жанысбай Талғат Сағатұлы', commission: '3', body: 'all', expected: 10, attended: 9, online: 0, excused: 1, unexcused: 0, unknown: 0, attendance_rate: 0.9, exclusion_risk: false },
  { period: '2025', member_id: 'm2', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '3', body: 'council', expected: 7, attended: 4, online: 1, excused: 0, unexcused: 3, unknown: 0, attendance_rate: 0.5714, exclusion_risk: true },
];

export const memberKpi: Record<string, unknown>[] = [
  { period: '2025', member_id: 'm1', full_name: 'Кобеева Алтынай Орманкалиевна', commission: '1', meetings_expected: 14, meetings_attended: 13, attendance_rate: 0.9286, activities_participated: 12, activities_led: 5, score: 91.5, rank: 1 },
  { period: '2025', member_id: 'm3', full_name: 'Жанысбай Талғат Сағатұлы', commission: '3', meetings_expected: 10, meetings_attended: 9, attendance_rate: 0.9, activities_participated: 6, activities_led: 1, score: 70.25, rank: 2 },
  { period: '2025', member_id: 'm2', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '3', meetings_expected: 14, meetings_attended: 8, attendance_rate: 0.5714, activities_participated: 3, activities_led: 0, score: 41, rank: 3 },
];

export const activities: Record<string, unknown>[] = [
  { period: '2025', activity_id: 'A-1', type: 'monitoring', date_start: '2025-03-14', date_end: '2025-03-15', title: 'Мониторинг зоопарка', commission: '5', target_body: 'Управление экологии', recommendations: 'Обеспечить доступность', },
  { period: '2025', activity_id: 'A-2', type: 'round_table', date_start: '2025-04-02', date_end: null, title: FORMULA_TITLE, commission: '1', target_body: null, recommendations: null },
  { period: '2025', activity_id: 'A-3', type: 'dialog_platform', date_start: '2025-04-20', date_end: '2025-04-20', title: SCRIPT_TITLE, commission: '2', target_body: 'Әкімдік', recommendations: '-', },
];

export const appealsMonthly: Record<string, unknown>[] = [
  { period: '2025', month: '2025-03', received: 20, answered: 15 },
  { period: '2025', month: '2025-04', received: 25, answered: 22 },
  { period: '2025', month: '2025-05', received: 18, answered: 19 },
];

/** mart_metric_change: the same figures as periodMetrics, with the change computed in SQL. */
export const metricChange: Record<string, unknown>[] = [
  { period: '2025', metric: 'general_meetings', metric_order: 1, value: 7, previous_value: 6, change: 1, change_share: 1 / 6, year_ago_value: 5, year_ago_change: 2, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'monitorings', metric_order: 9, value: 18, previous_value: 22, change: -4, change_share: -4 / 22, year_ago_value: null, year_ago_change: null, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'appeals_received', metric_order: 18, value: 232, previous_value: 232, change: 0, change_share: 0, year_ago_value: 190, year_ago_change: 42, previous_period: '2024', year_ago_period: '2024' },
  { period: '2025', metric: 'appeals_answered', metric_order: 21, value: 196, previous_value: null, change: null, change_share: null, year_ago_value: null, year_ago_change: null, previous_period: '2024', year_ago_period: '2024' },
];

export const composition: Record<string, unknown>[] = [
  { period: '2025', member_id: 'm1', full_name: 'Кобеева Алтынай Орманкалиевна', commission: '1', commission_name: 'Экономика', role: 'chair', sector: 'civil_society', district: 'Алмалинский', joined_on: '2022-05-20', left_on: null, left_reason: null, on_last_day: true },
  { period: '2025', member_id: 'm2', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '3', commission_name: FORMULA_TITLE, role: 'member', sector: 'state', district: null, joined_on: '2025-10-01', left_on: null, left_reason: null, on_last_day: true },
  { period: '2025', member_id: 'm4', full_name: 'Ушедший Член', commission: '3', commission_name: null, role: 'member', sector: 'civil_society', district: null, joined_on: null, left_on: '2025-06-30', left_reason: 'excluded', on_last_day: false },
];

export const votes: Record<string, unknown>[] = [
  { period: '2025', meeting_id: 'M-8', body: 'council', date: '2025-12-28', item_no: 1, votes_for: 16, votes_against: 0, votes_abstain: 12, present: 30, declared: 'adopted', outcome_by_rule: 'adopted', outcome_mismatch: false, count_mismatch: true },
  { period: '2025', meeting_id: 'M-8', body: 'council', date: '2025-12-28', item_no: 2, votes_for: null, votes_against: null, votes_abstain: null, present: 30, declared: 'adopted', outcome_by_rule: 'adopted', outcome_mismatch: false, count_mismatch: false },
];

export const monitoringTable: Record<string, unknown>[] = [
  { period: '2025', line_no: 1, row_kind: 'month', month: '2025-03', item_no: null, monthly_count: 2, council: null, topic: null, participants: null, recommendations: null, publicity: null, outcome: null, date_start: null },
  { period: '2025', line_no: 2, row_kind: 'item', month: '2025-03', item_no: 1, monthly_count: null, council: 'Комиссия № 5', topic: 'Мониторинг зоопарка', participants: 'Кобеева Алтынай Орманкалиевна; Ғазиз Қайсар Айдосұлы', recommendations: 'Обеспечить доступность', publicity: 'http://almatykenes.kz/', outcome: 'На исполнении', date_start: '2025-03-14' },
  { period: '2025', line_no: 3, row_kind: 'item', month: '2025-03', item_no: 2, monthly_count: null, council: 'Комиссия № 1', topic: FORMULA_TITLE, participants: null, recommendations: null, publicity: null, outcome: null, date_start: '2025-03-20' },
  { period: '2025', line_no: 4, row_kind: 'month', month: '2025-04', item_no: null, monthly_count: 1, council: null, topic: null, participants: null, recommendations: null, publicity: null, outcome: null, date_start: null },
  { period: '2025', line_no: 5, row_kind: 'item', month: '2025-04', item_no: 1, monthly_count: null, council: null, topic: SCRIPT_TITLE, participants: null, recommendations: null, publicity: null, outcome: null, date_start: '2025-04-02' },
];

export const npaReviews: Record<string, unknown>[] = [
  { period: '2025', npa_id: 'N-1', title: 'Правила благоустройства', source_body: 'Управление экологии', received_on: '2025-02-01', reviewed_on: '2025-02-10', commission: '3', result: 'approved_with_remarks', in_npa_reviewed: true },
  { period: '2025', npa_id: 'N-2', title: 'Тарифы', source_body: null, received_on: '2025-12-20', reviewed_on: null, commission: null, result: 'pending', in_npa_reviewed: false },
];

export const kpiWeights: Record<string, unknown>[] = [
  { period: '2025', component: 'attendance', weight: 0.4, share: 0.4 },
  { period: '2025', component: 'activities_participated', weight: 0.35, share: 0.35 },
  { period: '2025', component: 'activities_led', weight: 0.25, share: 0.25 },
];

export const commissionSummary: Record<string, unknown>[] = [
  { period: '2025', commission: '1', commission_name: 'Экономика', members: 8, meetings: 9, activities: 30, monitorings: 4, public_hearings: 1, report_hearings: 17, round_tables: 2, dialog_platforms: 1, appeals_received: 207, appeals_answered: 191 },
  { period: '2025', commission: '3', commission_name: 'Кәсіпкерлік', members: 7, meetings: 9, activities: 32, monitorings: 6, public_hearings: 0, report_hearings: 18, round_tables: 2, dialog_platforms: 2, appeals_received: 250, appeals_answered: 227 },
];

export const metricHistory: Record<string, unknown>[] = [
  { period: '2025', year: 2019, metric: 'monitorings', value: 18, source_kind: 'stated', source: 'report-2019.txt, line 101' },
  { period: '2025', year: 2024, metric: 'monitorings', value: 22, source_kind: 'registers', source: 'activities.xlsx' },
  { period: '2025', year: 2025, metric: 'monitorings', value: 18, source_kind: 'registers', source: 'activities.xlsx' },
  { period: '2025', year: 2025, metric: 'appeals_received', value: 232, source_kind: 'registers', source: 'appeals.csv' },
];

export const figureSources: Record<string, unknown>[] = [
  { period: '2025', metric: 'general_meetings', mart: 'mart_period_metrics', source_table: 'fct_meetings', source_file: 'meetings.csv', rows: 7 },
  { period: '2025', metric: 'appeals_received', mart: 'mart_period_metrics', source_table: 'fct_appeals', source_file: 'appeals.csv', rows: 232 },
];

export const activitiesByCommission: Record<string, unknown>[] = [
  { period: '2025', month: '2025-03', type: 'monitoring', commission: '5', activities: 3 },
  { period: '2025', month: '2025-03', type: 'round_table', commission: '1', activities: 1 },
  { period: '2025', month: '2025-04', type: 'round_table', commission: '1', activities: 2 },
  { period: '2025', month: '2025-04', type: 'dialog_platform', commission: '2', activities: 1 },
  { period: '2025', month: '2025-07', type: 'monitoring', commission: '3', activities: 2 },
];

export const attendanceMatrix: Record<string, unknown>[] = [
  { period: '2025', member_id: 'm1', full_name: 'Кобеева Алтынай Орманкалиевна', commission: '1', meeting_id: 'M-8', meeting_date: '2025-12-28', body: 'council', number: '8', is_expected: true, status: 'present', attended: true },
  { period: '2025', member_id: 'm2', full_name: 'Ғазиз Қайсар Айдосұлы', commission: '3', meeting_id: 'M-8', meeting_date: '2025-12-28', body: 'council', number: '8', is_expected: true, status: 'absent_unexcused', attended: false },
  { period: '2025', member_id: 'm1', full_name: 'Кобеева Алтынай Орманкалиевна', commission: '1', meeting_id: 'C1-2', meeting_date: '2025-03-02', body: 'commission 1', number: '2', is_expected: true, status: 'online', attended: true },
  { period: '2025', member_id: 'm3', full_name: 'Жанысбай Талғат Сағатұлы', commission: '3', meeting_id: 'M-8', meeting_date: '2025-12-28', body: 'council', number: '8', is_expected: true, status: 'not_recorded', attended: false },
];

/** Rows of the issue 4 marts, as their columns are announced. */
export const mandatoryCoverage: Record<string, unknown>[] = [
  { period: '2025', body_id: 'B-1', name: 'Управление образования', kind: 'department', heard: true, times_heard: 2, last_heard_on: '2025-05-14' },
  { period: '2025', body_id: 'B-2', name: 'Акимат Алмалинского района', kind: 'district_akimat', heard: false, times_heard: 0, last_heard_on: null },
];
export const appealsSummary: Record<string, unknown>[] = [
  { period: '2025', received: 232, individuals: 180, legal_entities: 52, answered: 196, answered_on_time: 170, on_time_rate: 0.867, median_working_days: 9, open: 36, open_overdue: 5, open_up_to_4_weeks: 20, open_4_to_8_weeks: 11, open_over_8_weeks: 5 },
];
export const appealsBreakdown: Record<string, unknown>[] = [
  { period: '2025', dimension: 'applicant_type', category: 'individual', received: 180, answered: 150, answered_on_time: 130, on_time_rate: 0.867, median_working_days: 9, open: 30, open_overdue: 4 },
  { period: '2025', dimension: 'district', category: 'Алмалинский', received: 40, answered: 35, answered_on_time: 30, on_time_rate: 0.857, median_working_days: 8, open: 5, open_overdue: 1 },
];
export const lettersOverdue: Record<string, unknown>[] = [
  { period: '2025', letter_id: 'L-7', addressee: 'B-4', addressee_name: 'Управление экологии', addressee_kind: 'department', commission: '3', subject: FORMULA_TITLE, sent_on: '2025-10-01', due_on: '2025-10-15', as_of: '2025-12-31', working_days_overdue: 52 },
];
export const lettersFollowup: Record<string, unknown>[] = [
  { period: '2025', addressee: 'B-4', addressee_name: 'Управление экологии', addressee_kind: 'department', sent: 12, answered: 9, answer_rate: 0.75, answer_rate_low: 0.47, answer_rate_high: 0.91, answered_on_time: 7, overdue: 3, oldest_overdue_working_days: 41 },
  { period: '2025', addressee: 'B-5', addressee_name: 'Акимат Медеуского района', addressee_kind: 'district_akimat', sent: 4, answered: 4, answer_rate: 1, answer_rate_low: 0.51, answer_rate_high: 1, answered_on_time: 4, overdue: 0, oldest_overdue_working_days: null },
];
export const media: Record<string, unknown>[] = [
  { period: '2025', platform: 'instagram', publications: 180, views: 52000, months: 12 },
  { period: '2025', platform: 'website', publications: 60, views: null, months: 12 },
];
export const commissionKpi: Record<string, unknown>[] = [
  { period: '2025', commission: '1', name: 'Экономика', members: 8, meetings: 9, activities: 30, plan_items: 10, plan_done: 8, plan_fulfilment: 0.8, recommendations_sent: 12, letters_sent: 40, letters_answered: 36, answer_rate: 0.9, appeals_received: 207, appeals_answered: 191, appeals_on_time_rate: 0.85, attendance_rate: 0.91, own_meetings_attendance_rate: 0.95 },
];
export const reconciliation: Record<string, unknown>[] = [
  { period: '2025', period_from: '2025-01-01', period_to: '2025-12-31', metric: 'monitorings', stated: 20, computed: 18, difference: 2, status: 'differs', source: 'report-2025.txt', issue: null },
  { period: '2025', period_from: '2025-01-01', period_to: '2025-12-31', metric: 'general_meetings', stated: 7, computed: 7, difference: 0, status: 'match', source: 'report-2025.txt', issue: null },
];

export const memberKpiBreakdown: Record<string, unknown>[] = memberKpi.flatMap((m) =>
  kpiWeights.map((w) => ({
    period: '2025', member_id: m.member_id, full_name: m.full_name, commission: m.commission, rank: m.rank, score: m.score,
    component: w.component, component_value: 0.5, weight: w.weight, contribution: Number(m.score) * Number(w.share),
  })),
);

/** Rows per mart, as the lead looks them up for each section. */
export const rowsByMart: Record<string, Record<string, unknown>[]> = {
  mart_period_metrics: periodMetrics,
  mart_metric_change: metricChange,
  mart_composition: composition,
  mart_votes: votes,
  mart_monitoring_table: monitoringTable,
  mart_npa_reviews: npaReviews,
  mart_kpi_weights: kpiWeights,
  mart_member_kpi_breakdown: memberKpiBreakdown,
  mart_commission_summary: commissionSummary,
  mart_metric_history: metricHistory,
  mart_figure_sources: figureSources,
  mart_activities_by_commission: activitiesByCommission,
  mart_attendance_matrix: attendanceMatrix,
  mart_mandatory_coverage: mandatoryCoverage,
  mart_appeals: appealsSummary,
  mart_appeals_breakdown: appealsBreakdown,
  mart_letters_overdue: lettersOverdue,
  mart_letters_followup: lettersFollowup,
  mart_media: media,
  mart_commission_kpi: commissionKpi,
  mart_reconciliation: reconciliation,
  mart_meetings: meetings,
  mart_member_attendance: memberAttendance,
  mart_member_kpi: memberKpi,
  mart_activities: activities,
  mart_appeals_timeliness_monthly: appealsMonthly.map((r) => ({ ...r, answered_on_time: Number(r.answered) - 2, on_time_rate: (Number(r.answered) - 2) / Number(r.answered) })),
};
