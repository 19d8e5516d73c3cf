-- int_metric_registers: which register each metric counts (cfg_metrics, from sources/reference/metrics.json), so a
--   period the register does not cover (int_register_coverage) has no value for the metric — null, not 0.
-- grain: one row per metric
-- counted_over: 'period' for a dated figure, which adds up the period's rows (meetings, activities, reviews,
--   appeals, letters, publications, members joined and left); 'last_day' for a figure of a moment (the
--   members and commissions on the period's last day, the NPAs pending then), which needs the register
--   to reach that day only
-- register: the register whose rows the metric counts (the one its events or its moment are read
--   from, see int_metric_events and int_metric_moments); the *_heard figures also read the
--   bodies register, a reference list that is not dated, so their coverage is the activities'.
with metrics as (
    select * from cfg_metrics
),

final as (
    select
        metric,
        register,
        case kind when 'moment' then 'last_day' else 'period' end as counted_over,
    from metrics
)

select * from final
