-- mart_national_totals: the country's figures for the rollup period.
-- grain: one row per period + metric
-- value: the sum of the metric over the councils of the export that have data for it (mart_national_metrics;
--   a council without is null there and adds nothing); null where none has
-- councils: the councils in the export; councils_active: those with a value above 0
-- Portable SQL, as mart_national_metrics.
with final as (
    select
        metrics.period as period,
        metrics.metric as metric,
        sum(metrics.value) as value,
        count(*) as councils,
        count(case when metrics.value > 0 then 1 end) as councils_active
    from mart_national_metrics as metrics
    group by metrics.period, metrics.metric
)

select * from final
