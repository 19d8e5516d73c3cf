-- Each mart has one row per its stated grain (a join that doubles rows would double figures).
-- The one list of every mart's key (its header's `grain:` line); tests/integration/martsGrain.test.ts fails when
-- a mart of sql/marts is missing here. A key column that may be null is coalesced, so two null keys are one key.
with keys as (
    select 'mart_activities' as mart, concat_ws('|', period, activity_id) as grain_key from mart_activities
    union all select 'mart_activities_by_commission', concat_ws('|', period, month, type, coalesce(commission, '∅')) from mart_activities_by_commission
    union all select 'mart_appeals', period from mart_appeals
    union all select 'mart_appeals_breakdown', concat_ws('|', period, dimension, coalesce(category, '∅')) from mart_appeals_breakdown
    union all select 'mart_appeals_timeliness_monthly', concat_ws('|', period, month) from mart_appeals_timeliness_monthly
    union all select 'mart_attendance_matrix', concat_ws('|', period, member_id, meeting_id) from mart_attendance_matrix
    union all select 'mart_commission_kpi', concat_ws('|', period, commission) from mart_commission_kpi
    union all select 'mart_commission_summary', concat_ws('|', period, commission) from mart_commission_summary
    union all select 'mart_composition', concat_ws('|', period, member_id) from mart_composition
    union all select 'mart_dashboard_summary', period from mart_dashboard_summary
    union all select 'mart_figure_sources', concat_ws('|', period, metric, coalesce(source_file, '∅')) from mart_figure_sources
    union all select 'mart_kpi_weights', concat_ws('|', period, component) from mart_kpi_weights
    union all select 'mart_letters_followup', concat_ws('|', period, addressee) from mart_letters_followup
    union all select 'mart_letters_overdue', concat_ws('|', period, letter_id, sent_on) from mart_letters_overdue
    union all select 'mart_mandatory_coverage', concat_ws('|', period, body_id) from mart_mandatory_coverage
    union all select 'mart_media', concat_ws('|', period, platform) from mart_media
    union all select 'mart_meetings', concat_ws('|', period, meeting_id) from mart_meetings
    union all select 'mart_member_activities', concat_ws('|', period, member_id, activity_id, role) from mart_member_activities
    union all select 'mart_member_attendance', concat_ws('|', period, member_id, body) from mart_member_attendance
    union all select 'mart_member_kpi', concat_ws('|', period, member_id) from mart_member_kpi
    union all select 'mart_member_kpi_breakdown', concat_ws('|', period, member_id, component) from mart_member_kpi_breakdown
    union all select 'mart_metric_change', concat_ws('|', period, metric) from mart_metric_change
    union all select 'mart_metric_history', concat_ws('|', period, year, metric) from mart_metric_history
    union all select 'mart_monitoring_table', concat_ws('|', period, line_no) from mart_monitoring_table
    union all select 'mart_npa_reviews', concat_ws('|', period, npa_id) from mart_npa_reviews
    union all select 'mart_period_metrics', concat_ws('|', period, metric) from mart_period_metrics
    union all select 'mart_reconciliation', concat_ws('|', period, source_file, coalesce(cast(source_row as varchar), '∅'), coalesce(cast(source_line as varchar), '∅')) from mart_reconciliation
    union all select 'mart_report_cover', period from mart_report_cover
    union all select 'mart_rules', concat_ws('|', period, rule) from mart_rules
    union all select 'mart_votes', concat_ws('|', period, meeting_id, item_no) from mart_votes
)

select 'sql/marts/' || mart || '.sql' as source_file, null as source_row, mart || ': ' || count(*) || ' rows for ' || grain_key as problem
from keys
group by mart, grain_key
having count(*) > 1
