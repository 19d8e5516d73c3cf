-- mart_figure_sources: for each headline figure of the period, the mart that holds it and the input
-- files and row counts behind it, so a reader can trace every number of the summary.
-- grain: one row per period + metric + source_file (files that contributed at least one row)
-- rows: rows of that file counted toward the metric in the period, by the definitions of
--   core/int_metric_events.sql (for publications: month rows of the media register)
with periods as (
    select * from int_periods where period_role = 'current'
),

events as (
    select * from int_metric_events
),

members as (
    select * from dim_members
),

counted as (
    select periods.period, events.metric, events.source_table, events.source_file
    from events
    join periods
        on events.event_date between
            case events.granularity when 'month' then date_trunc('month', periods.date_from) else periods.date_from end
            and periods.date_to
    union all
    -- members on the period's last day (the figures of a moment, defined in int_metric_moments)
    select periods.period, unnest(['members_total'] || case members.sector when 'civil_society' then ['members_civil']
            when 'state' then ['members_state'] else [] end),
        'dim_members', members.source_file
    from members join periods
        on is_member_on(members.joined_on, members.left_on, periods.date_to)
),

final as (
    select
        period,
        metric,
        'mart_period_metrics' as mart,
        source_table,
        source_file,
        count(*) as rows,
    from counted
    group by all
)

select * from final
