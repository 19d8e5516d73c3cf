-- Each mart has one row per its stated grain (a join that doubles rows would double figures).
with keys as (
    select 'mart_meetings' as mart, period || '|' || meeting_id as grain_key from mart_meetings
    union all select 'mart_votes', period || '|' || meeting_id || '|' || item_no from mart_votes
    union all select 'mart_member_attendance', period || '|' || member_id || '|' || body from mart_member_attendance
    union all select 'mart_member_kpi', period || '|' || member_id from mart_member_kpi
    union all select 'mart_commission_kpi', period || '|' || commission from mart_commission_kpi
    union all select 'mart_appeals', period from mart_appeals
    union all select 'mart_appeals_breakdown', period || '|' || dimension || '|' || coalesce(category, '∅') from mart_appeals_breakdown
    union all select 'mart_letters_followup', period || '|' || addressee from mart_letters_followup
    union all select 'mart_mandatory_coverage', period || '|' || body_id from mart_mandatory_coverage
    union all select 'mart_media', period || '|' || platform from mart_media
    union all select 'mart_period_metrics', period || '|' || metric from mart_period_metrics
    union all select 'mart_report_cover', period from mart_report_cover
    union all select 'mart_dashboard_summary', period from mart_dashboard_summary
)

select 'sql/marts/' || mart || '.sql' as source_file, null as source_row, mart || ': ' || count(*) || ' rows for ' || grain_key as problem
from keys
group by mart, grain_key
having count(*) > 1
