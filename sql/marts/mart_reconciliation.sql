-- mart_reconciliation: figures as printed in narrative reports next to the figures the registers give.
-- grain: one row per period + stated figure (a stated_figures row whose period lies inside the
--   report period; period_from, period_to say which part of it the figure is for)
-- stated: the value as printed (source: the report it was printed in)
-- computed: the same metric computed from the registers for period_from..period_to, by the
--   definitions of mart_period_metrics (null when the metric id is not one kenes computes)
-- difference: stated − computed (0 when they agree)
-- status: match | differs | not_computed
-- issue: where this figure contradicts other figures of the same report and period (e.g.
--   npa_approved + npa_with_remarks > npa_reviewed), what the contradiction is
--   (int_stated_inconsistencies); null otherwise
-- provenance: document (as the report's text states it) | reviewed (confirmed or corrected by a
--   person in a review workbook, the row's source_file) | register (the stated figures register)
with periods as (
    select * from int_periods where period_role = 'current'
),

stated_figures as (
    select * from stg_stated_figures
),

metric_values as (
    select * from int_period_metric_values
),

inconsistencies as (
    select * from int_stated_inconsistencies
),

in_period as (
    select periods.period, stated_figures.*, coalesce(stated_figures.source, stated_figures.source_file) as source_name
    from stated_figures
    join periods
        on stated_figures.period_from >= periods.date_from
        and stated_figures.period_to <= periods.date_to
),

issues as (
    select
        in_period.source_file,
        in_period.source_row,
        in_period.source_line,
        in_period.metric,
        string_agg(inconsistencies.problem, '; ' order by inconsistencies.rule) as issue,
    from in_period
    join inconsistencies
        on inconsistencies.source = in_period.source_name
        and inconsistencies.period_from = in_period.period_from
        and inconsistencies.period_to = in_period.period_to
        and list_contains(inconsistencies.metrics, in_period.metric)
    group by all
),

final as (
    select
        in_period.period,
        in_period.period_from,
        in_period.period_to,
        in_period.metric,
        in_period.value as stated,
        metric_values.value as computed,
        in_period.value - metric_values.value as difference,
        case
            when metric_values.value is null then 'not_computed'
            when in_period.value = metric_values.value then 'match'
            else 'differs'
        end as status,
        in_period.source_name as source,
        issues.issue,
        in_period.source_file,
        in_period.source_row,
        in_period.source_line,
        in_period.provenance,
    from in_period
    left join metric_values
        on metric_values.date_from = in_period.period_from
        and metric_values.date_to = in_period.period_to
        and metric_values.metric = in_period.metric
    left join issues
        on issues.source_file = in_period.source_file
        and issues.source_row is not distinct from in_period.source_row
        and issues.source_line is not distinct from in_period.source_line
        and issues.metric = in_period.metric
)

select * from final
