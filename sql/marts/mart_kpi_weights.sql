-- mart_kpi_weights: the weights of the member KPI, printed next to the scores.
-- grain: one row per period + component
-- weight: as set in kenes.config.json (kpi_weights); share: weight / sum of the weights
with periods as (
    select * from int_periods where period_role = 'current'
),

weights as (
    select * from cfg_kpi_weights
),

final as (
    select
        periods.period,
        weights.component,
        weights.weight,
        weights.weight / nullif(sum(weights.weight) over (), 0) as share,
    from weights
    cross join periods
)

select * from final
