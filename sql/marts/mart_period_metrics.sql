-- mart_period_metrics: the annual report's headline figures, long format.
-- grain: one row per period + metric (period = the report period)
-- value: the metric for the period (definitions in core/int_period_metric_values.sql)
-- previous_value: the same metric for the period just before, of the same length
-- year_ago_value: the same metric for the same period a year earlier
-- Each is null, not 0, where the register the metric counts holds no records for that period (its
--   span, int_register_coverage, does not reach it) and no report states the figure for it; a stated
--   figure for exactly that period stands where the registers do not cover it.
-- previous_period, year_ago_period: the ids of the periods compared with ("нет данных за 2022")
with periods as (
    select * from int_periods
),

metric_values as (
    select * from int_period_metric_values
),

current_period as (
    select metric_values.period, metric_values.metric, metric_values.figure as value
    from metric_values
    join periods using (period)
    where periods.period_role = 'current'
),

compared_with as (
    select periods.period_role, periods.period, metric_values.metric, metric_values.figure as value
    from metric_values
    join periods using (period)
    where periods.period_role in ('previous', 'year_ago')
),

final as (
    select
        current_period.period,
        current_period.metric,
        current_period.value,
        previous.value as previous_value,
        year_ago.value as year_ago_value,
        previous_period.period as previous_period,
        year_ago_period.period as year_ago_period,
    from current_period
    left join compared_with as previous
        on previous.metric = current_period.metric and previous.period_role = 'previous'
    left join compared_with as year_ago
        on year_ago.metric = current_period.metric and year_ago.period_role = 'year_ago'
    cross join (select period from periods where period_role = 'previous') as previous_period
    cross join (select period from periods where period_role = 'year_ago') as year_ago_period
)

select * from final
