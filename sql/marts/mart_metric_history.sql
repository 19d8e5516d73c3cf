-- mart_metric_history: each headline figure per calendar year, across convocations, for the history
-- sheet and chart — computed from the registers for the years they cover, and taken from the stated
-- figures of ingested reports and protocols (stated_figures) for the years they do not.
-- grain: one row per period + year + metric (years up to the period's last year that have either)
-- value: computed from int_metric_events (where each metric is defined) over the calendar year; or, where the
--   metric's register has no row dated in that year, the stated figure for exactly that year
-- source_kind: 'registers' or 'stated'
-- source: the register files behind a computed value, or the document a stated value was printed in
-- Metrics: the figures every register-less year can be stated in too (meetings, activities by type,
--   NPA reviews, appeals, letters, publications).
with periods as (
    select * from int_periods where period_role = 'current'
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

npa as (
    select * from fct_npa_reviews
),

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

media as (
    select * from fct_media
),

stated as (
    select * from stg_stated_figures
),

dated_rows as (
    -- one row per register row, with the metric it counts toward and the year it counts in
    select year(event_date) as year, metric, source_file, amount
    from int_metric_events
),

register_years as (
    -- the years each register covers: any row of it dated in that year, whatever metric it counts toward
    select distinct year, metric_family,
    from (
        select year(meeting_date) as year, 'meetings' as metric_family from meetings
        union all select year(date_start), 'activities' from activities
        union all select year(coalesce(reviewed_on, received_on)), 'npa' from npa
        union all select year(received_on), 'appeals' from appeals
        union all select year(sent_on), 'letters' from letters
        union all select year(month_start), 'media' from media
    )
    where year is not null
),

metric_families as (
    select * from (values
        ('general_meetings', 'meetings'), ('presidium_meetings', 'meetings'), ('commission_meetings', 'meetings'),
        ('report_hearings', 'activities'), ('monitorings', 'activities'), ('public_hearings', 'activities'),
        ('round_tables', 'activities'), ('dialog_platforms', 'activities'), ('seminars', 'activities'),
        ('memoranda', 'activities'), ('npa_reviewed', 'npa'), ('appeals_received', 'appeals'),
        ('appeals_answered', 'appeals'), ('letters_sent', 'letters'), ('letters_answered', 'letters'),
        ('publications', 'media')
    ) as listed(metric, metric_family)
),

computed as (
    select
        register_years.year,
        metric_families.metric,
        cast(coalesce(sum(dated_rows.amount), 0) as double) as value,
        'registers' as source_kind,
        string_agg(distinct dated_rows.source_file, ', ' order by dated_rows.source_file) as source,
    from metric_families
    join register_years using (metric_family)
    left join dated_rows on dated_rows.metric = metric_families.metric and dated_rows.year = register_years.year
    group by all
),

stated_years as (
    -- a stated figure counts for history only when it covers exactly one calendar year
    select
        year(stated.period_from) as year,
        stated.metric,
        cast(stated.value as double) as value,
        'stated' as source_kind,
        concat_ws(', ', stated.source, coalesce('line ' || stated.source_line, stated.source_file || ':' || stated.source_row)) as source,
    from stated
    join metric_families using (metric)
    where stated.period_from = make_date(year(stated.period_from), 1, 1)
        and stated.period_to = make_date(year(stated.period_from), 12, 31)
    qualify row_number() over (partition by year(stated.period_from), stated.metric order by stated.source_file, stated.source_row) = 1
),

combined as (
    select * from computed
    union all
    select stated_years.*
    from stated_years
    anti join computed using (year, metric)
),

final as (
    select
        periods.period,
        combined.year,
        combined.metric,
        combined.value,
        combined.source_kind,
        combined.source,
    from combined
    join periods on combined.year <= year(periods.date_to)
)

select * from final
