-- mart_figure_sources: for each headline figure of the period, the mart that holds it and the input
-- files and row counts behind it, so a reader can trace every number of the summary.
-- grain: one row per period + metric + source_file (files that contributed at least one row)
-- rows: rows of that file counted toward the metric in the period, by the definitions of
--   core/int_period_metric_values.sql (for publications: month rows of the media register)
with periods as (
    select * from int_periods where period_role = 'current'
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

npa as (
    select * from fct_npa_reviews
),

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

media as (
    select * from fct_media
),

members as (
    select * from dim_members
),

counted as (
    select periods.period, case meetings.body_kind when 'council' then 'general' else meetings.body_kind end || '_meetings' as metric,
        'fct_meetings' as source_table, meetings.source_file
    from meetings join periods on meetings.meeting_date between periods.date_from and periods.date_to
    where meetings.body_kind in ('council', 'presidium', 'commission')
    union all
    select periods.period, case activities.type
            when 'report_hearing' then 'report_hearings' when 'monitoring' then 'monitorings'
            when 'public_hearing' then 'public_hearings' when 'round_table' then 'round_tables'
            when 'dialog_platform' then 'dialog_platforms' when 'seminar' then 'seminars'
            when 'memorandum' then 'memoranda' end,
        'fct_activities', activities.source_file
    from activities join periods on activities.date_start between periods.date_from and periods.date_to
    where activities.type in ('report_hearing', 'monitoring', 'public_hearing', 'round_table', 'dialog_platform', 'seminar', 'memorandum')
    union all
    select periods.period, case activities.target_kind when 'department' then 'departments_heard'
            when 'subordinate' then 'subordinate_orgs_heard' else 'district_akimats_heard' end,
        'fct_activities', activities.source_file
    from activities join periods on activities.date_start between periods.date_from and periods.date_to
    where activities.type = 'report_hearing' and activities.target_kind in ('department', 'subordinate', 'district_akimat')
    union all
    select periods.period, case npa.result when 'approved' then 'npa_approved' when 'approved_with_remarks' then 'npa_with_remarks' end,
        'fct_npa_reviews', npa.source_file
    from npa join periods on npa.reviewed_on between periods.date_from and periods.date_to
    where npa.result in ('approved', 'approved_with_remarks')
    union all
    select periods.period, 'npa_reviewed', 'fct_npa_reviews', npa.source_file
    from npa join periods on npa.reviewed_on between periods.date_from and periods.date_to
    where npa.result <> 'pending'
    union all
    select periods.period, 'appeals_received', 'fct_appeals', appeals.source_file
    from appeals join periods on appeals.received_on between periods.date_from and periods.date_to
    union all
    select periods.period, 'appeals_' || case appeals.applicant_type when 'individual' then 'individuals' else 'legal_entities' end,
        'fct_appeals', appeals.source_file
    from appeals join periods on appeals.received_on between periods.date_from and periods.date_to
    where appeals.applicant_type in ('individual', 'legal_entity')
    union all
    select periods.period, 'appeals_answered', 'fct_appeals', appeals.source_file
    from appeals join periods on appeals.answered_on between periods.date_from and periods.date_to
    union all
    select periods.period, 'letters_sent', 'fct_letters', letters.source_file
    from letters join periods on letters.sent_on between periods.date_from and periods.date_to
    union all
    select periods.period, 'letters_answered', 'fct_letters', letters.source_file
    from letters join periods on letters.answered_on between periods.date_from and periods.date_to
    union all
    select periods.period, 'publications', 'fct_media', 'media'
    from media join periods on media.month_start between date_trunc('month', periods.date_from) and periods.date_to
    union all
    select periods.period, unnest(['members_total'] || case members.sector when 'civil_society' then ['members_civil']
            when 'state' then ['members_state'] else [] end),
        'dim_members', members.source_file
    from members join periods
        on (members.joined_on is null or members.joined_on <= periods.date_to)
        and (members.left_on is null or members.left_on > periods.date_to)
    union all
    select periods.period, 'members_joined', 'dim_members', members.source_file
    from members join periods on members.joined_on between periods.date_from and periods.date_to
    union all
    select periods.period, 'members_left', 'dim_members', members.source_file
    from members join periods on members.left_on between periods.date_from and periods.date_to
),

final as (
    select
        period,
        metric,
        'mart_period_metrics' as mart,
        source_table,
        source_file,
        count(*) as rows,
    from counted
    group by all
)

select * from final
