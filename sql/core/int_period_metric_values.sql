-- int_period_metric_values: every metric of cfg_metrics (sources/reference/metrics.json) for each period of int_periods, each
--   calendar year of the history (its id `2021`: from the first year a register covers or a figure is
--   stated for, to the report period's last year) and each period some stated figure is given for
--   (its id then `from..to`).
-- grain: one row per period + metric
-- value: computed from the registers — null, not 0, where the register the metric counts
--   does not cover the period (int_metric_coverage; the rule: see `covered`
--   below): no records is no data. Inside a covered period, no rows is a real 0.
-- stated_value: the figure a report or protocol states for exactly this period (the first, by file and row)
-- figure: what the outputs show — value, or where the registers do not cover the period the stated
--   figure (a stated figure is a record of its metric and period); null where neither is there
-- figure_basis: 'registers', 'stated' or null (no data)
-- Definitions (a period is date_from..date_to inclusive): the dated figures (kind 'dated') — meetings,
--   activities by type, bodies heard, NPA reviews, appeals, letters, publications, members joined and
--   left — add up core/int_metric_events.sql (where each is defined) over the period; the *_heard
--   figures count distinct bodies. The figures of a moment (kind 'moment': npa_pending, members_total,
--   members_civil, members_state, commissions) are their value on the period's last day
--   (core/int_metric_moments.sql, where each is defined).
with report_periods as (
    select * from int_periods
),

stated_figures as (
    select * from stg_stated_figures
),

coverage as (
    select * from int_register_coverage
),

metric_coverage as (
    select * from int_metric_coverage
),

history_years as (
    -- every calendar year from the first one a register covers or a figure is stated for, to the report period's
    select make_date(year, 1, 1) as date_from, make_date(year, 12, 31) as date_to
    from (
        select unnest(range(
            least((select min(year(date_from)) from coverage), (select min(year(period_from)) from stated_figures)),
            (select year(date_to) from report_periods where period_role = 'current') + 1
        )) as year
    )
),

periods as (
    -- distinct: for a year, the previous period and the year-ago period are the same one
    select distinct period, date_from, date_to from report_periods
    union
    select cast(year(date_from) as varchar), date_from, date_to
    from history_years
    where not exists (
        select 1 from report_periods
        where report_periods.date_from = history_years.date_from and report_periods.date_to = history_years.date_to
    )
    union
    -- and the period of every stated figure, so mart_reconciliation can compare any report's figures
    select distinct stated.period_from || '..' || stated.period_to, stated.period_from, stated.period_to
    from stated_figures as stated
    where stated.period_from <= stated.period_to
        and not exists (
            select 1 from report_periods
            where report_periods.date_from = stated.period_from and report_periods.date_to = stated.period_to
        )
        and not (stated.period_from = make_date(year(stated.period_from), 1, 1)
            and stated.period_to = make_date(year(stated.period_from), 12, 31)
            and year(stated.period_from) <= (select year(date_to) from report_periods where period_role = 'current'))
),

events as (
    select * from int_metric_events
),

moments as (
    select * from int_metric_moments
),

metrics as (
    select * from cfg_metrics
),

dated_metrics as (
    select metric from metrics where kind = 'dated'
),

dated_counts as (
    select
        periods.period,
        dated_metrics.metric,
        coalesce(count(distinct events.distinct_key), 0) + coalesce(sum(events.amount) filter (where events.distinct_key is null), 0) as value,
    from periods
    cross join dated_metrics
    left join events
        on events.metric = dated_metrics.metric
        and events.event_date between
            case events.granularity when 'month' then date_trunc('month', periods.date_from) else periods.date_from end
            and periods.date_to
    group by all
),

moment_values as (
    -- the step that holds on the period's last day: the steps of a metric cover every day once
    select periods.period, moments.metric, moments.value
    from periods
    join moments
        on (moments.valid_from is null or moments.valid_from <= periods.date_to)
        and (moments.valid_to is null or moments.valid_to > periods.date_to)
),

unioned as (
    select period, metric, value from dated_counts
    union all
    select period, metric, value from moment_values
),

current_period as (
    select date_from, date_to from report_periods where period_role = 'current'
),

covered as (
    -- where the span of the metric's register (int_register_coverage), in whole months and give or take
    -- the register's own longest lull between two rows (lull_days) at either edge, reaches the period:
    --   the report period: any day of it (what was recorded in it is its figure, also for a council
    --     founded in March), for every metric;
    --   a period it is compared with (previous, year ago, a year of the history, a stated figure's): the
    --     whole of it, up to the report period's end for a year still running — a part-covered earlier
    --     period set against a whole one states a change nobody recorded (one hearing in December 2022
    --     against 78 in 2023);
    --   there, a figure of a moment (counted_over 'last_day'): the period's last day.
    select periods.period, metric_coverage.metric
    from periods
    cross join current_period
    join metric_coverage on true
    where case
        when periods.date_from = current_period.date_from and periods.date_to = current_period.date_to then
            (metric_coverage.reach_from is null or metric_coverage.reach_from <= periods.date_to)
            and metric_coverage.reach_to >= periods.date_from
        when metric_coverage.counted_over = 'last_day' then
            (metric_coverage.reach_from is null or metric_coverage.reach_from <= periods.date_to)
            and metric_coverage.reach_to >= periods.date_to
        else
            (metric_coverage.reach_from is null or metric_coverage.reach_from <= periods.date_from)
            and metric_coverage.reach_to >= least(periods.date_to, current_period.date_to)
    end
),

stated_values as (
    select stated.period_from, stated.period_to, stated.metric, cast(stated.value as double) as stated_value
    from stated_figures as stated
    qualify row_number() over (partition by stated.period_from, stated.period_to, stated.metric order by stated.source_file, stated.source_row, stated.source_line) = 1
),

final as (
    select
        unioned.period,
        periods.date_from,
        periods.date_to,
        unioned.metric,
        case when covered.period is not null then cast(unioned.value as double) end as value,
        stated_values.stated_value,
        coalesce(case when covered.period is not null then cast(unioned.value as double) end, stated_values.stated_value) as figure,
        case
            when covered.period is not null then 'registers'
            when stated_values.stated_value is not null then 'stated'
        end as figure_basis,
    from unioned
    join periods using (period)
    left join covered using (period, metric)
    left join stated_values
        on stated_values.period_from = periods.date_from
        and stated_values.period_to = periods.date_to
        and stated_values.metric = unioned.metric
)

select * from final
