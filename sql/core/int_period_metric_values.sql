-- int_period_metric_values: every metric id of DESIGN.md for each period of int_periods and
--   each period some stated figure is given for (its id then `from..to`).
-- grain: one row per period + metric
-- Definitions (a period is date_from..date_to inclusive):
--   general_meetings, presidium_meetings, commission_meetings: meetings held by the council,
--     the presidium, the commissions, by meeting date
--   report_hearings, monitorings, public_hearings, round_tables, dialog_platforms, seminars,
--     memoranda: activities of that type, by start date
--   departments_heard, subordinate_orgs_heard, district_akimats_heard: distinct bodies of that
--     kind that were the target of a report hearing
--   npa_reviewed: reviews with a result, by review date; npa_approved, npa_with_remarks: of
--     those, approved without / with remarks; npa_pending: received by the period's end and
--     still without a result then (a review with no dates at all counts as pending)
--   appeals_received (and _individuals, _legal_entities) by received_on; appeals_answered by answered_on
--   letters_sent by sent_on; letters_answered by answered_on
--   publications: sum over platforms of the months in the period
--   members_total, members_civil, members_state: members on the period's last day
--   members_joined, members_left: by joined_on, left_on
--   commissions: distinct commissions of the members on the period's last day
with report_periods as (
    select * from int_periods
),

stated_figures as (
    select * from stg_stated_figures
),

periods as (
    -- distinct: for a year, the previous period and the year-ago period are the same one
    select distinct period, date_from, date_to from report_periods
    union
    -- and the period of every stated figure, so mart_reconciliation can compare any report's figures
    select distinct stated.period_from || '..' || stated.period_to, stated.period_from, stated.period_to
    from stated_figures as stated
    where stated.period_from <= stated.period_to
        and not exists (
            select 1 from report_periods
            where report_periods.date_from = stated.period_from and report_periods.date_to = stated.period_to
        )
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

meeting_counts as (
    select periods.period, kinds.body_kind || '_meetings' as metric, count(meetings.meeting_id) as value
    from periods
    cross join (values ('general'), ('presidium'), ('commission')) as kinds(body_kind)
    left join meetings
        on meetings.meeting_date between periods.date_from and periods.date_to
        and meetings.body_kind = case kinds.body_kind when 'general' then 'council' else kinds.body_kind end
    group by all
),

activity_counts as (
    select periods.period, types.metric, count(activities.activity_id) as value
    from periods
    cross join (values
        ('report_hearing', 'report_hearings'), ('monitoring', 'monitorings'),
        ('public_hearing', 'public_hearings'), ('round_table', 'round_tables'),
        ('dialog_platform', 'dialog_platforms'), ('seminar', 'seminars'), ('memorandum', 'memoranda')
    ) as types(type, metric)
    left join activities
        on activities.type = types.type
        and activities.date_start between periods.date_from and periods.date_to
    group by all
),

bodies_heard as (
    select periods.period, kinds.metric, count(distinct activities.target_body_id) as value
    from periods
    cross join (values
        ('department', 'departments_heard'), ('subordinate', 'subordinate_orgs_heard'),
        ('district_akimat', 'district_akimats_heard')
    ) as kinds(kind, metric)
    left join activities
        on activities.type = 'report_hearing'
        and activities.target_kind = kinds.kind
        and activities.date_start between periods.date_from and periods.date_to
    group by all
),

npa_counts as (
    select
        periods.period,
        count(*) filter (where npa.result <> 'pending' and npa.reviewed_on between periods.date_from and periods.date_to) as npa_reviewed,
        count(*) filter (where npa.result = 'approved' and npa.reviewed_on between periods.date_from and periods.date_to) as npa_approved,
        count(*) filter (where npa.result = 'approved_with_remarks' and npa.reviewed_on between periods.date_from and periods.date_to) as npa_with_remarks,
        count(*) filter (where coalesce(npa.received_on, npa.reviewed_on, periods.date_to) <= periods.date_to
            and (npa.result = 'pending' or npa.reviewed_on > periods.date_to)) as npa_pending,
    from periods
    left join npa on true
    group by all
),

appeal_counts as (
    select
        periods.period,
        count(*) filter (where appeals.received_on between periods.date_from and periods.date_to) as appeals_received,
        count(*) filter (where appeals.received_on between periods.date_from and periods.date_to and appeals.applicant_type = 'individual') as appeals_individuals,
        count(*) filter (where appeals.received_on between periods.date_from and periods.date_to and appeals.applicant_type = 'legal_entity') as appeals_legal_entities,
        count(*) filter (where appeals.answered_on between periods.date_from and periods.date_to) as appeals_answered,
    from periods
    left join appeals on true
    group by all
),

letter_counts as (
    select
        periods.period,
        count(*) filter (where letters.sent_on between periods.date_from and periods.date_to) as letters_sent,
        count(*) filter (where letters.answered_on between periods.date_from and periods.date_to) as letters_answered,
    from periods
    left join letters on true
    group by all
),

media_counts as (
    select periods.period, 'publications' as metric, coalesce(sum(media.publications), 0) as value
    from periods
    left join media on media.month_start between date_trunc('month', periods.date_from) and periods.date_to
    group by all
),

member_counts as (
    select
        periods.period,
        count(*) filter (where (members.joined_on is null or members.joined_on <= periods.date_to)
            and (members.left_on is null or members.left_on > periods.date_to)) as members_total,
        count(*) filter (where (members.joined_on is null or members.joined_on <= periods.date_to)
            and (members.left_on is null or members.left_on > periods.date_to) and members.sector = 'civil_society') as members_civil,
        count(*) filter (where (members.joined_on is null or members.joined_on <= periods.date_to)
            and (members.left_on is null or members.left_on > periods.date_to) and members.sector = 'state') as members_state,
        count(*) filter (where members.joined_on between periods.date_from and periods.date_to) as members_joined,
        count(*) filter (where members.left_on between periods.date_from and periods.date_to) as members_left,
        count(distinct members.commission) filter (where (members.joined_on is null or members.joined_on <= periods.date_to)
            and (members.left_on is null or members.left_on > periods.date_to)) as commissions,
    from periods
    left join members on true
    group by all
),

unioned as (
    select period, metric, value from meeting_counts
    union all select period, metric, value from activity_counts
    union all select period, metric, value from bodies_heard
    union all select period, metric, value from media_counts
    union all (unpivot npa_counts on columns(* exclude (period)) into name metric value value)
    union all (unpivot appeal_counts on columns(* exclude (period)) into name metric value value)
    union all (unpivot letter_counts on columns(* exclude (period)) into name metric value value)
    union all (unpivot member_counts on columns(* exclude (period)) into name metric value value)
),

final as (
    select unioned.period, periods.date_from, periods.date_to, unioned.metric, cast(unioned.value as double) as value
    from unioned
    join periods using (period)
)

select * from final
