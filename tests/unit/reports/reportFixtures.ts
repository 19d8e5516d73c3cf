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
  { period: '2025', metric: 'general_meetings', value: 7, previous_value: 6, year_ago_value: 5 },
  { period: '2025', metric: 'monitorings', value: 18, previous_value: 22, year_ago_value: null },
  { period: '2025', metric: 'appeals_received', value: 232, previous_value: 232, year_ago_value: 190 },
  { period: '2025', metric: 'appeals_answered', value: 196, previous_value: null, year_ago_value: null },
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

export const activitiesMonthly: Record<string, unknown>[] = [
  { period: '2025', month: '2025-03', type: 'monitoring', activities: 3 },
  { period: '2025', month: '2025-03', type: 'round_table', activities: 1 },
  { period: '2025', month: '2025-04', type: 'round_table', activities: 2 },
  { period: '2025', month: '2025-04', type: 'dialog_platform', activities: 1 },
];

export const appealsMonthly: Record<string, unknown>[] = [
  { period: '2025', month: '2025-03', received: 20, answered: 15 },
  { period: '2025', month: '2025-04', received: 25, answered: 22 },
  { period: '2025', month: '2025-05', received: 18, answered: 19 },
];

/** Rows per mart, as the lead looks them up for each section. */
export const rowsByMart: Record<string, Record<string, unknown>[]> = {
  mart_period_metrics: periodMetrics,
  mart_meetings: meetings,
  mart_member_attendance: memberAttendance,
  mart_member_kpi: memberKpi,
  mart_activities: activities,
  mart_activities_monthly: activitiesMonthly,
  mart_appeals_monthly: appealsMonthly,
};
