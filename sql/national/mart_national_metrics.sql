-- mart_national_metrics: the metric ids of DESIGN.md for every council of a national export, for the rollup period.
-- grain: one row per period + council + metric
-- value: the metric as the council's own mart_period_metrics computes it for the same period, 0 where
--   a council has no rows; so summing a metric over councils gives the national total. The dated
--   figures add up the council's exported int_metric_events (where each is defined, see
--   sql/core/int_metric_events.sql); the figures of a moment (npa_pending, members_total,
--   members_civil, members_state, commissions) follow sql/core/int_period_metric_values.sql.
-- Reads the core tables of the export (one table per folder, `council` and `year` from the
--   hive partitions) and cfg_national_period (period, date_from, date_to): plain SQL that
--   runs in DuckDB, Spark or Trino once those tables are registered over the Parquet folder.
with period as (
    select * from cfg_national_period
),

councils as (
    select distinct council from councils
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

dated_counts as (
    select
        events.council,
        events.metric,
        count(distinct events.distinct_key) + coalesce(sum(events.amount) filter (where events.distinct_key is null), 0) as value,
    from events
    cross join period
    where events.event_date between
        case events.granularity when 'month' then date_trunc('month', period.date_from) else period.date_from end
        and period.date_to
    group by all
),

npa_counts as (
    select
        npa.council,
        count(*) filter (where coalesce(npa.received_on, npa.reviewed_on, period.date_to) <= period.date_to
            and (npa.result = 'pending' or npa.reviewed_on > period.date_to)) as npa_pending,
    from npa
    cross join period
    group by all
),

member_counts as (
    select
        members.council,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to)) as members_total,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to) and members.sector = 'civil_society') as members_civil,
        count(*) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to) and members.sector = 'state') as members_state,
        count(distinct members.commission) filter (where (members.joined_on is null or members.joined_on <= period.date_to)
            and (members.left_on is null or members.left_on > period.date_to)) as commissions,
    from members
    cross join period
    group by all
),

unioned as (
    select council, metric, value from dated_counts
    union all select council, metric, value from (unpivot npa_counts on columns(* exclude (council)) into name metric value value)
    union all select council, metric, value from (unpivot member_counts on columns(* exclude (council)) into name metric value value)
),

metric_ids as (
    select * from (values
        ('general_meetings'), ('presidium_meetings'), ('commission_meetings'), ('report_hearings'),
        ('departments_heard'), ('subordinate_orgs_heard'), ('district_akimats_heard'), ('public_hearings'),
        ('monitorings'), ('npa_reviewed'), ('npa_approved'), ('npa_with_remarks'), ('npa_pending'),
        ('round_tables'), ('dialog_platforms'), ('seminars'), ('memoranda'), ('appeals_received'),
        ('appeals_individuals'), ('appeals_legal_entities'), ('appeals_answered'), ('letters_sent'),
        ('letters_answered'), ('publications'), ('members_total'), ('members_civil'), ('members_state'),
        ('members_left'), ('members_joined'), ('commissions')
    ) as ids(metric)
),

final as (
    select
        period.period,
        councils.council,
        metric_ids.metric,
        cast(coalesce(unioned.value, 0) as double) as value,
    from councils
    cross join metric_ids
    cross join period
    left join unioned
        on unioned.council = councils.council
        and unioned.metric = metric_ids.metric
)

select * from final
