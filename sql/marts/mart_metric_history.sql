-- mart_metric_history: each headline figure per calendar year, across convocations, for the history
-- sheet and chart — computed from the registers for the years they cover, and taken from the stated
-- figures of ingested reports and protocols (stated_figures) for the years they do not.
-- grain: one row per period + year + metric: every year from the first one some metric has a figure
--   for (from the registers or stated), to the period's last year
-- value: the year's figure of int_period_metric_values — computed from int_metric_events (where each
--   metric is defined) where the metric's register covers the year (int_register_coverage), else the
--   figure stated for exactly that year; null where neither is there (no data, not 0: no point is drawn)
-- source_kind: 'registers', 'stated', or null (no data)
-- source: the register files behind a computed value, or the document a stated value was printed in
-- Metrics: those of cfg_metrics marked history — the figures every register-less year can be stated in
--   too (meetings, activities by type, NPA reviews, appeals, letters, publications).
with periods as (
    select * from int_periods where period_role = 'current'
),

metric_values as (
    select * from int_period_metric_values
),

events as (
    select * from int_metric_events
),

stated as (
    select * from stg_stated_figures
),

history_metrics as (
    select * from cfg_metrics where history
),

yearly as (
    -- the calendar years of int_period_metric_values, whatever their id (a report period may be one)
    select year(metric_values.date_from) as year, metric_values.*
    from metric_values
    join history_metrics using (metric)
    where metric_values.date_from = make_date(year(metric_values.date_from), 1, 1)
        and metric_values.date_to = make_date(year(metric_values.date_from), 12, 31)
    qualify row_number() over (partition by year(metric_values.date_from), metric_values.metric order by metric_values.period) = 1
),

register_sources as (
    select year(event_date) as year, metric, string_agg(distinct source_file, ', ' order by source_file) as source
    from events
    group by all
),

stated_sources as (
    -- the stated figure int_period_metric_values takes: the first, by file and row
    select
        year(period_from) as year,
        metric,
        concat_ws(', ', source, coalesce('line ' || source_line, source_file || ':' || source_row)) as source,
    from stated
    where period_from = make_date(year(period_from), 1, 1)
        and period_to = make_date(year(period_from), 12, 31)
    qualify row_number() over (partition by period_from, period_to, metric order by source_file, source_row, source_line) = 1
),

final as (
    select
        periods.period,
        yearly.year,
        yearly.metric,
        yearly.figure as value,
        yearly.figure_basis as source_kind,
        case yearly.figure_basis
            when 'registers' then register_sources.source
            when 'stated' then stated_sources.source
        end as source,
    from yearly
    join periods on yearly.year <= year(periods.date_to)
    left join register_sources using (year, metric)
    left join stated_sources using (year, metric)
    -- years before any figure at all (a register whose span only starts in them) would be empty columns
    where yearly.year >= (select min(year) from yearly where figure is not null)
)

select * from final
