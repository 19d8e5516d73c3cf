-- mart_metric_change: the headline figures of mart_period_metrics with their change, for the
-- summary sheet, the dashboard cards and the report draft.
-- grain: one row per period + metric (the same rows as mart_period_metrics)
-- value, previous_value, year_ago_value, previous_period, year_ago_period: as in mart_period_metrics
--   (a value is null where its period has no records: no data, not 0; so is every change from it)
-- change: value - previous_value (null when either is missing)
-- change_share: change / previous_value (null when previous_value is 0 or missing)
-- year_ago_change: value - year_ago_value
-- metric_order: the metric's place in cfg_metrics (sources/reference/metrics.json), the order of the council's reports
with metrics as (
    select * from mart_period_metrics
),

metric_order as (
    select * from cfg_metrics
),

final as (
    select
        metrics.period,
        metrics.metric,
        coalesce(metric_order.metric_order, 1000) as metric_order,
        metrics.value,
        metrics.previous_value,
        metrics.value - metrics.previous_value as change,
        (metrics.value - metrics.previous_value) / nullif(metrics.previous_value, 0) as change_share,
        metrics.year_ago_value,
        metrics.value - metrics.year_ago_value as year_ago_change,
        metrics.previous_period,
        metrics.year_ago_period,
    from metrics
    left join metric_order using (metric)
)

select * from final
