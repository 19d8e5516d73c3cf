-- int_metric_coverage: the span of dates each metric has data for — its register's (int_metric_registers,
--   int_register_coverage). int_period_metric_values measures a period against it (a period it does not reach
--   has no value: null, not 0), and so does the national rollup, which reads it from each council's export.
-- grain: one row per metric of cfg_metrics (also one whose register has no rows: reach_to is then null, and no
--   period is covered)
-- register, counted_over: as in int_metric_registers
-- reach_from, reach_to: the register's span in whole months, stretched by its longest lull at either end
--   (int_register_coverage; reach_from null: no start)
with metric_registers as (
    select * from int_metric_registers
),

coverage as (
    select * from int_register_coverage
),

final as (
    select
        metric_registers.metric,
        metric_registers.register,
        metric_registers.counted_over,
        cast(coverage.reach_from as date) as reach_from,
        cast(coverage.reach_to as date) as reach_to,
    from metric_registers
    left join coverage using (register)
)

select * from final
