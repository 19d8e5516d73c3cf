-- int_metric_events: each register row's contribution to each dated headline figure. This is the
--   one place where what such a figure counts is written down: int_period_metric_values adds the
--   events up per period and per calendar year (for mart_metric_history), mart_figure_sources per file.
--   Whether a period has data at all is the register's coverage (int_register_coverage), not the events.
-- grain: one row per source row + metric it counts toward
-- event_date: the date that places the row in a period —
--   general_meetings, presidium_meetings, commission_meetings: meetings held by the council, the
--     presidium, the commissions, by meeting date
--   report_hearings, monitorings, public_hearings, round_tables, dialog_platforms, seminars,
--     memoranda: activities of that type, by start date
--   departments_heard, subordinate_orgs_heard, district_akimats_heard: report hearings whose target
--     is a body of that kind, by start date (counted as distinct bodies: see distinct_key)
--   npa_reviewed: reviews with a result, by review date; npa_approved, npa_with_remarks: of those,
--     approved without / with remarks
--   appeals_received, appeals_individuals, appeals_legal_entities by received_on; appeals_answered
--     by answered_on; letters_sent by sent_on; letters_answered by answered_on
--   publications: a media month row, dated on the month's first day
--   members_joined, members_left: by joined_on, left_on
-- granularity: 'month' for publications (a period that starts mid-month still counts its month),
--   'day' otherwise
-- amount: what the row adds (1, or the month's publications)
-- distinct_key: the body heard, for the *_heard figures, which count distinct bodies, not rows
-- source_table, source_file, source_row: the row behind the event
with meetings as (
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

meeting_events as (
    select case body_kind when 'council' then 'general' else body_kind end || '_meetings' as metric, meeting_date as event_date,
        1 as amount, null as distinct_key, 'fct_meetings' as source_table, source_file, source_row
    from meetings
    where body_kind in ('council', 'presidium', 'commission')
),

activity_events as (
    select types.metric, activities.date_start, 1, null, 'fct_activities', activities.source_file, activities.source_row
    from activities
    join (values
        ('report_hearing', 'report_hearings'), ('monitoring', 'monitorings'),
        ('public_hearing', 'public_hearings'), ('round_table', 'round_tables'),
        ('dialog_platform', 'dialog_platforms'), ('seminar', 'seminars'), ('memorandum', 'memoranda')
    ) as types(type, metric) using (type)
),

hearing_events as (
    select kinds.metric, activities.date_start, 1, activities.target_body_id, 'fct_activities', activities.source_file, activities.source_row
    from activities
    join (values
        ('department', 'departments_heard'), ('subordinate', 'subordinate_orgs_heard'),
        ('district_akimat', 'district_akimats_heard')
    ) as kinds(kind, metric) on activities.target_kind = kinds.kind
    where activities.type = 'report_hearing'
),

npa_events as (
    select 'npa_reviewed', reviewed_on, 1, null, 'fct_npa_reviews', source_file, source_row
    from npa where result <> 'pending' and reviewed_on is not null
    union all
    select case result when 'approved' then 'npa_approved' else 'npa_with_remarks' end, reviewed_on, 1, null, 'fct_npa_reviews', source_file, source_row
    from npa where result in ('approved', 'approved_with_remarks') and reviewed_on is not null
),

appeal_events as (
    select 'appeals_received', received_on, 1, null, 'fct_appeals', source_file, source_row from appeals
    union all
    select case applicant_type when 'individual' then 'appeals_individuals' else 'appeals_legal_entities' end,
        received_on, 1, null, 'fct_appeals', source_file, source_row
    from appeals where applicant_type in ('individual', 'legal_entity')
    union all
    select 'appeals_answered', answered_on, 1, null, 'fct_appeals', source_file, source_row from appeals where answered_on is not null
),

letter_events as (
    select 'letters_sent', sent_on, 1, null, 'fct_letters', source_file, source_row from letters
    union all
    select 'letters_answered', answered_on, 1, null, 'fct_letters', source_file, source_row from letters where answered_on is not null
),

media_events as (
    -- fct_media adds up rows of the same platform and month, so a month has no single source row
    select 'publications', month_start, publications, null, 'fct_media', 'media', null from media
),

member_events as (
    select 'members_joined', joined_on, 1, null, 'dim_members', source_file, source_row from members where joined_on is not null
    union all
    select 'members_left', left_on, 1, null, 'dim_members', source_file, source_row from members where left_on is not null
),

unioned as (
    select * from meeting_events
    union all select * from activity_events
    union all select * from hearing_events
    union all select * from npa_events
    union all select * from appeal_events
    union all select * from letter_events
    union all select * from media_events
    union all select * from member_events
),

final as (
    select
        metric,
        event_date,
        case when metric = 'publications' then 'month' else 'day' end as granularity,
        amount,
        cast(distinct_key as varchar) as distinct_key,
        source_table,
        source_file,
        source_row,
    from unioned
    where event_date is not null
)

select * from final
