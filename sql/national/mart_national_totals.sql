-- mart_national_totals: the country's figures for the rollup period.
-- grain: one row per period + metric
-- value: the sum of the metric over every council of the export (mart_national_metrics)
-- councils: the councils in the export; councils_active: those with a value above 0
with metrics as (
    select * from mart_national_metrics
),

final as (
    select
        period,
        metric,
        sum(value) as value,
        count(*) as councils,
        count(*) filter (where value > 0) as councils_active,
    from metrics
    group by period, metric
)

select * from final
