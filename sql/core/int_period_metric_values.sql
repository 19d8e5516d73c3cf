-- int_period_metric_values: every metric id of DESIGN.md for each period of int_periods and
--   each period some stated figure is given for (its id then `from..to`).
-- grain: one row per period + metric
-- Definitions (a period is date_from..date_to inclusive): the dated figures — meetings, activities
--   by type, bodies heard, NPA reviews, appeals, letters, publications, members joined and left —
--   add up core/int_metric_events.sql (where each is defined) over the period; the *_heard
--   figures count distinct bodies. The figures of a moment are defined here:
--   npa_pending: received by the period's end and still without a result then (a review with no
--     dates at all counts as pending)
--   members_total, members_civil, members_state: members on the period's last day
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

events as (
    select * from int_metric_events
),

npa as (
    select * from fct_npa_reviews
),

members as (
    select * from dim_members
),

dated_metrics as (
    select * from (values
        ('general_meetings'), ('presidium_meetings'), ('commission_meetings'),
        ('report_hearings'), ('monitorings'), ('public_hearings'), ('round_tables'), ('dialog_platforms'),
        ('seminars'), ('memoranda'), ('departments_heard'), ('subordinate_orgs_heard'), ('district_akimats_heard'),
        ('npa_reviewed'), ('npa_approved'), ('npa_with_remarks'),
        ('appeals_received'), ('appeals_individuals'), ('appeals_legal_entities'), ('appeals_answered'),
        ('letters_sent'), ('letters_answered'), ('publications'), ('members_joined'), ('members_left')
    ) as listed(metric)
),

dated_counts as (
    select
        periods.period,
        dated_metrics.metric,
        coalesce(count(distinct events.distinct_key), 0) + coalesce(sum(events.amount) filter (where events.distinct_key is null), 0) as value,
    from periods
    cross join dated_metrics
    left join events
        on events.metric = dated_metrics.metric
        and events.event_date between
            case events.granularity when 'month' then date_trunc('month', periods.date_from) else periods.date_from end
            and periods.date_to
    group by all
),

npa_counts as (
    select
        periods.period,
        count(*) filter (where coalesce(npa.received_on, npa.reviewed_on, periods.date_to) <= periods.date_to
            and (npa.result = 'pending' or npa.reviewed_on > periods.date_to)) as npa_pending,
    from periods
    left join npa on true
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
        count(distinct members.commission) filter (where (members.joined_on is null or members.joined_on <= periods.date_to)
            and (members.left_on is null or members.left_on > periods.date_to)) as commissions,
    from periods
    left join members on true
    group by all
),

unioned as (
    select period, metric, value from dated_counts
    union all (unpivot npa_counts on columns(* exclude (period)) into name metric value value)
    union all (unpivot member_counts on columns(* exclude (period)) into name metric value value)
),

final as (
    select unioned.period, periods.date_from, periods.date_to, unioned.metric, cast(unioned.value as double) as value
    from unioned
    join periods using (period)
)

select * from final
