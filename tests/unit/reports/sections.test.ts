import { describe, it, expect } from 'vitest';
import { SECTIONS } from '../../../reports/sections/annual.ts';
import { MEMBER_SECTIONS } from '../../../reports/sections/member.ts';
import { NATIONAL_SECTIONS } from '../../../reports/sections/national.ts';
import { QUARTERLY_SECTIONS } from '../../../reports/sections/quarterly.ts';
import type { AnySection } from '../../../reports/sections/Section.ts';
import { sectionMartColumns } from '../../../reports/sections/sectionMartColumns.ts';
import { getLabels } from '../../../reports/i18n/getLabels.ts';
import { sheetModelFromSection } from '../../../reports/excel/sheetModelFromSection.ts';
import { rowsByMart } from './reportFixtures.ts';

// The mart columns as the SQL layer defines them: the lead selects SECTIONS' keys
// from these tables, so a misspelt key would fail only at report time.
const MART_COLUMNS: Record<string, string[]> = {
  mart_period_metrics: ['period', 'metric', 'value', 'previous_value', 'year_ago_value', 'previous_period', 'year_ago_period'],
  mart_meetings: ['period', 'meeting_id', 'body', 'date', 'format', 'number', 'title', 'members_total', 'present', 'online', 'quorum_required', 'quorum_met', 'data_issues'],
  mart_member_attendance: ['period', 'member_id', 'full_name', 'commission', 'body', 'expected', 'attended', 'online', 'excused', 'unexcused', 'unknown', 'attendance_rate', 'exclusion_risk'],
  mart_member_kpi: ['period', 'member_id', 'full_name', 'commission', 'membership_share', 'meetings_expected', 'meetings_attended', 'attendance_rate', 'activities_participated', 'activities_led', 'appeals_handled', 'letters_handled', 'npa_conclusions', 'attendance_component', 'participated_component', 'led_component', 'appeals_component', 'letters_component', 'npa_component', 'score', 'rank', 'percentile', 'commission_rank', 'commission_percentile'],
  mart_activities: ['period', 'activity_id', 'type', 'date_start', 'date_end', 'title', 'commission', 'target_body', 'recommendations'],
  // issue 5's own marts (sql/marts, this issue)
  mart_metric_change: ['period', 'metric', 'metric_order', 'value', 'previous_value', 'change', 'change_share', 'year_ago_value', 'year_ago_change', 'previous_period', 'year_ago_period'],
  mart_composition: ['period', 'member_id', 'full_name', 'commission', 'commission_name', 'role', 'sector', 'district', 'joined_on', 'left_on', 'left_reason', 'on_last_day', 'joined_in_period', 'left_in_period'],
  mart_monitoring_table: ['period', 'line_no', 'row_kind', 'month', 'item_no', 'monthly_count', 'council', 'topic', 'participants', 'recommendations', 'publicity', 'outcome', 'date_start', 'date_end', 'activity_id'],
  mart_npa_reviews: ['period', 'npa_id', 'title', 'source_body', 'received_on', 'reviewed_on', 'commission', 'result', 'in_npa_reviewed', 'source_file', 'source_row'],
  mart_kpi_weights: ['period', 'component', 'weight', 'share'],
  mart_commission_summary: ['period', 'commission', 'commission_name', 'members', 'meetings', 'activities', 'monitorings', 'public_hearings', 'report_hearings', 'round_tables', 'dialog_platforms', 'appeals_received', 'appeals_answered'],
  mart_appeals_timeliness_monthly: ['period', 'month', 'received', 'answered', 'answered_on_time', 'on_time_rate'],
  mart_metric_history: ['period', 'year', 'metric', 'value', 'source_kind', 'source'],
  mart_figure_sources: ['period', 'metric', 'mart', 'source_table', 'source_file', 'rows'],
  // issue 4's marts, as built (sql/marts)
  mart_votes: ['period', 'meeting_id', 'body', 'date', 'item_no', 'motion', 'votes_for', 'votes_against', 'votes_abstain', 'unanimous', 'present', 'declared', 'outcome_by_rule', 'outcome_mismatch', 'count_mismatch', 'data_issues'],
  mart_mandatory_coverage: ['period', 'body_id', 'name', 'kind', 'heard', 'times_heard', 'last_heard_on'],
  mart_appeals: ['period', 'received', 'individuals', 'legal_entities', 'answered', 'answered_on_time', 'on_time_rate', 'median_working_days', 'open', 'open_overdue', 'open_up_to_4_weeks', 'open_4_to_8_weeks', 'open_over_8_weeks'],
  mart_appeals_breakdown: ['period', 'dimension', 'category', 'received', 'individuals', 'legal_entities', 'answered', 'answered_on_time', 'on_time_rate', 'median_working_days', 'open', 'open_overdue', 'open_up_to_4_weeks', 'open_4_to_8_weeks', 'open_over_8_weeks'],
  mart_letters_followup: ['period', 'addressee', 'addressee_name', 'addressee_kind', 'sent', 'answered', 'answer_rate', 'answer_rate_low', 'answer_rate_high', 'answered_on_time', 'overdue', 'oldest_overdue_working_days'],
  mart_letters_overdue: ['period', 'letter_id', 'addressee', 'addressee_name', 'addressee_kind', 'commission', 'subject', 'sent_on', 'due_on', 'as_of', 'working_days_overdue', 'source_file', 'source_row'],
  mart_media: ['period', 'platform', 'publications', 'views', 'months'],
  mart_commission_kpi: ['period', 'commission', 'name', 'members', 'meetings', 'activities', 'plan_items', 'plan_done', 'plan_fulfilment', 'recommendations_sent', 'letters_sent', 'letters_answered', 'answer_rate', 'appeals_received', 'appeals_answered', 'appeals_on_time_rate', 'attendance_rate', 'own_meetings_attendance_rate'],
  mart_reconciliation: ['period', 'period_from', 'period_to', 'metric', 'stated', 'computed', 'difference', 'status', 'source', 'issue', 'source_file', 'source_row', 'source_line'],
  // the member sheet's own
  mart_attendance_matrix: ['period', 'member_id', 'full_name', 'commission', 'meeting_id', 'meeting_date', 'body', 'number', 'is_expected', 'status', 'attended'],
  mart_member_activities: ['period', 'member_id', 'role', 'activity_id', 'type', 'date_start', 'date_end', 'title', 'commission'],
  // the national workbook's (sql/national)
  mart_national_totals: ['period', 'metric', 'value', 'councils', 'councils_active'],
  mart_national_councils: ['period', 'council', 'name', 'members_total', 'meetings_held', 'attendance_rate', 'activities', 'appeals_received', 'appeals_on_time_rate',
    'letters_sent', 'letters_answer_rate', 'npa_reviewed', 'publications', 'activities_per_member', 'rank_activity'],
  mart_national_metrics: ['period', 'council', 'metric', 'value'],
};

/** Every output's sections, each named by its output. */
const OUTPUTS: Record<string, readonly AnySection[]> = { annual: SECTIONS, member: MEMBER_SECTIONS, quarterly: QUARTERLY_SECTIONS, national: NATIONAL_SECTIONS };
const ALL = Object.entries(OUTPUTS).flatMap(([output, sections]) => sections.map((s) => [`${output} ${s.id}`, s] as const));

describe('SECTIONS', () => {
  it('has the sections the report needs, with unique ids', () => {
    const ids = SECTIONS.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['summary', 'meetings', 'memberAttendance', 'activities', 'appeals', 'memberKpi']));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL)('%s selects, orders and matches by real mart columns', (_id, section) => {
    const columns = MART_COLUMNS[section.mart];
    expect(columns, section.mart).toBeDefined();
    for (const key of sectionMartColumns(section)) expect(columns, key).toContain(key);
    for (const term of section.orderBy.split(',')) expect(columns).toContain(term.trim().replace(/\s+(asc|desc)$/i, '').replace(/\s+nulls\s+(first|last)$/i, '').replace(/\s+(asc|desc)$/i, ''));
    for (const key of Object.keys(section.match ?? {})) expect(columns, key).toContain(key);
  });

  it('gives every output its sheets, ids unique within it', () => {
    for (const sections of Object.values(OUTPUTS)) expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(MEMBER_SECTIONS.map((s) => s.id)).toEqual(['memberRecord', 'attendanceByMeeting', 'memberActivities', 'kpiWeights']);
    expect(QUARTERLY_SECTIONS.map((s) => s.id)).toEqual(['commissionSummary', 'commissionKpi', 'meetings', 'activities', 'appealsBreakdown']);
    expect(NATIONAL_SECTIONS.map((s) => s.id)).toEqual(['nationalTotals', 'nationalCouncils', 'nationalMetrics']);
    // A member's and a commission's sheets show their subject's rows only: every sheet but the council-wide weights.
    expect(MEMBER_SECTIONS.filter((s) => !s.match).map((s) => s.id)).toEqual(['kpiWeights']);
    expect(QUARTERLY_SECTIONS.every((s) => Object.values(s.match ?? {}).some((v) => v.includes('{commission}')))).toBe(true);
  });

  it('has a sheet for every part of the annual report, once its mart exists', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual(expect.arrayContaining([
      'summary', 'composition', 'meetings', 'memberAttendance', 'votes', 'reportHearings', 'publicHearings', 'monitorings',
      'npaReviews', 'appeals', 'roundTables', 'memberKpi', 'kpiWeights', 'commissionSummary', 'history', 'sources',
      'mandatoryCoverage', 'appealsSummary', 'appealsBreakdown', 'letters', 'lettersOverdue', 'media', 'commissionKpi', 'reconciliation',
    ]));
  });

  it('lays out the monitoring table as the 2019 report: a month row, then numbered rows', () => {
    const section = SECTIONS.find((s) => s.id === 'monitorings')!;
    const sheet = sheetModelFromSection(section, getLabels('ru'), rowsByMart.mart_monitoring_table);
    expect(sheet.columns.map((c) => c.label).slice(0, 8)).toEqual([
      '№', 'Общественный совет', 'Кол-во', 'Тема', 'Кто принял участие', 'Какие выработаны рекомендации',
      'Каким образом озвучены итоги', 'Результаты (решения госорганов)',
    ]);
    expect(sheet.rowStyles).toEqual(['group', undefined, undefined, 'group', undefined]);
    expect(sheet.rows[0]).toMatchObject({ item_no: 'Март 2025', monthly_count: 2 });
    expect(sheet.rows[1]).toMatchObject({ item_no: 1, topic: 'Мониторинг зоопарка' });
    expect(getLabels('kk').months['03']).toBe('Наурыз');
  });

  it('highlights rows that need attention: bodies not heard, differences, exclusion risk', () => {
    const coverage = sheetModelFromSection(SECTIONS.find((s) => s.id === 'mandatoryCoverage')!, getLabels('ru'), rowsByMart.mart_mandatory_coverage);
    expect(coverage.rowStyles).toEqual([undefined, 'highlight']);
    expect(coverage.notes).toEqual([getLabels('ru').ui.highlighted]);
    const reconciliation = sheetModelFromSection(SECTIONS.find((s) => s.id === 'reconciliation')!, getLabels('ru'), rowsByMart.mart_reconciliation);
    expect(reconciliation.rowStyles).toEqual(['highlight', undefined]);
  });

  it('--public leaves out the columns that could identify an applicant', () => {
    const overdue = SECTIONS.find((s) => s.id === 'lettersOverdue')!;
    const rows = [{ letter_id: 'L-1', subject: 'По обращению Иванова И.И.', addressee_name: 'Управление' }];
    expect(sheetModelFromSection(overdue, getLabels('ru'), rows).rows[0].subject).toBe('По обращению Иванова И.И.');
    const pub = sheetModelFromSection(overdue, getLabels('ru'), rows, { public: true });
    expect(pub.columns.map((c) => c.key)).not.toContain('subject');
    expect(JSON.stringify(pub.rows)).not.toContain('Иванова');
  });

  it('sheetModelFromSection translates headers and enumerated values, not figures', () => {
    const summary = SECTIONS.find((s) => s.id === 'summary')!;
    const sheet = sheetModelFromSection(summary, getLabels('kk'), rowsByMart.mart_metric_change);
    expect(sheet.name).toBe('Жиынтық көрсеткіштер');
    expect(sheet.columns.map((c) => c.label)).toEqual(['Көрсеткіш', 'Мәні', 'Алдыңғы кезең', 'Өзгеріс', 'Өзгеріс, %', 'Бір жыл бұрын', 'Бір жылдағы өзгеріс']);
    expect(sheet.rows[0]).toMatchObject({ metric: 'Қоғамдық кеңес отырыстары', value: 7, previous_value: 6 });
    // The input rows are not modified (the lead may reuse them for the dashboard).
    expect(rowsByMart.mart_metric_change[0].metric).toBe('general_meetings');
  });
});
