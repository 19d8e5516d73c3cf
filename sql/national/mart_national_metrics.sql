-- mart_national_metrics: the metric ids of DESIGN.md for every council of a national export, for the rollup period.
-- grain: one row per period + council + metric
-- value: the metric as the council's own mart_period_metrics computes it for the same period, 0 where
--   a council has no rows; so summing a metric over councils gives the national total. The dated
--   figures add up the council's exported int_metric_events (where each is defined, see
--   sql/core/int_metric_events.sql); the figures of a moment (npa_pending, members_total,
--   members_civil, members_state, commissions) follow sql/core/int_period_metric_values.sql.
-- Reads the core tables of the export (one table per folder, `council` and `year` from the
--   hive partitions) and cfg_national_period (period, date_from, date_to).
-- Portable SQL: the common subset of DuckDB, ClickHouse, Spark SQL and Trino (no trailing commas,
--   no pivot/unpivot, no `filter`, no `group by all`, explicit casts and column names); how the
--   tables are registered is each engine's one dialect step (pipelines/nationalDialects.ts).
with national_period as (
    select
        period,
        cast(date_from as date) as date_from,
        cast(date_to as date) as date_to,
        -- A monthly figure (media) counts the month the period starts in, as the council's own marts do.
        cast(date_trunc('month', cast(date_from as date)) as date) as month_from
    from cfg_national_period
),

council_ids as (
    select distinct council from councils
),

dated_counts as (
    select
        events.council as council,
        events.metric as metric,
        cast(count(distinct events.distinct_key) as double)
            + coalesce(sum(case when events.distinct_key is null then events.amount end), 0) as value
    from int_metric_events as events
    cross join national_period
    where events.event_date between
        case when events.granularity = 'month' then national_period.month_from else national_period.date_from end
        and national_period.date_to
    group by events.council, events.metric
),

npa_counts as (
    select
        npa.council as council,
        count(case when coalesce(npa.received_on, npa.reviewed_on, national_period.date_to) <= national_period.date_to
            and (npa.result = 'pending' or npa.reviewed_on > national_period.date_to) then 1 end) as npa_pending
    from fct_npa_reviews as npa
    cross join national_period
    group by npa.council
),

current_members as (
    select
        members.council as council,
        members.sector as sector,
        members.commission as commission
    from dim_members as members
    cross join national_period
    where (members.joined_on is null or members.joined_on <= national_period.date_to)
        and (members.left_on is null or members.left_on > national_period.date_to)
),

member_counts as (
    select
        council,
        count(*) as members_total,
        count(case when sector = 'civil_society' then 1 end) as members_civil,
        count(case when sector = 'state' then 1 end) as members_state,
        count(distinct commission) as commissions
    from current_members
    group by council
),

unioned as (
    select council, metric, value from dated_counts
    union all select council, 'npa_pending' as metric, cast(npa_pending as double) as value from npa_counts
    union all select council, 'members_total' as metric, cast(members_total as double) as value from member_counts
    union all select council, 'members_civil' as metric, cast(members_civil as double) as value from member_counts
    union all select council, 'members_state' as metric, cast(members_state as double) as value from member_counts
    union all select council, 'commissions' as metric, cast(commissions as double) as value from member_counts
),

metric_ids as (
    select 'general_meetings' as metric
    union all select 'presidium_meetings'
    union all select 'commission_meetings'
    union all select 'report_hearings'
    union all select 'departments_heard'
    union all select 'subordinate_orgs_heard'
    union all select 'district_akimats_heard'
    union all select 'public_hearings'
    union all select 'monitorings'
    union all select 'npa_reviewed'
    union all select 'npa_approved'
    union all select 'npa_with_remarks'
    union all select 'npa_pending'
    union all select 'round_tables'
    union all select 'dialog_platforms'
    union all select 'seminars'
    union all select 'memoranda'
    union all select 'appeals_received'
    union all select 'appeals_individuals'
    union all select 'appeals_legal_entities'
    union all select 'appeals_answered'
    union all select 'letters_sent'
    union all select 'letters_answered'
    union all select 'publications'
    union all select 'members_total'
    union all select 'members_civil'
    union all select 'members_state'
    union all select 'members_left'
    union all select 'members_joined'
    union all select 'commissions'
),

final as (
    select
        national_period.period as period,
        council_ids.council as council,
        metric_ids.metric as metric,
        cast(coalesce(unioned.value, 0) as double) as value
    from council_ids
    cross join metric_ids
    cross join national_period
    left join unioned
        on unioned.council = council_ids.council
        and unioned.metric = metric_ids.metric
)

select * from final
