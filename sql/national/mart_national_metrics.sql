-- mart_national_metrics: the metrics of every council of a national export, for the rollup period.
-- grain: one row per period + council + metric (every metric the council's build knew: its int_metric_coverage)
-- value: the metric as the council's own mart_period_metrics computes it for the same period; so summing a
--   metric over councils gives the national total. Nothing is defined again here: the dated figures add up the
--   council's exported int_metric_events (where each is defined), a figure of a moment is the council's exported
--   int_metric_moments step that holds on the period's last day (where each is defined), and a metric whose
--   register does not reach the period (the council's int_metric_coverage: the rule the council applies to its
--   report period) has no value — null, not 0: no data is not zero. Inside its span, no rows is a real 0.
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

moment_values as (
    -- the step of each moment that holds on the period's last day (the steps of a metric cover every day once)
    select
        moments.council as council,
        moments.metric as metric,
        cast(moments.value as double) as value
    from int_metric_moments as moments
    cross join national_period
    where (moments.valid_from is null or moments.valid_from <= national_period.date_to)
        and (moments.valid_to is null or moments.valid_to > national_period.date_to)
),

unioned as (
    select council, metric, value from dated_counts
    union all select council, metric, value from moment_values
),

final as (
    select
        national_period.period as period,
        coverage.council as council,
        coverage.metric as metric,
        case
            when (coverage.reach_from is null or coverage.reach_from <= national_period.date_to)
                and coverage.reach_to >= national_period.date_from
            then cast(coalesce(unioned.value, 0) as double)
        end as value
    from int_metric_coverage as coverage
    inner join council_ids on council_ids.council = coverage.council
    cross join national_period
    left join unioned
        on unioned.council = coverage.council
        and unioned.metric = coverage.metric
)

select * from final
