-- mart_appeals_timeliness_monthly: appeals answered per month and the share answered on time, for the
-- dashboard's on-time trend.
-- grain: one row per period + month (every month of the period, also months with none)
-- received: appeals by received_on; answered: appeals by answered_on
-- answered_on_time: of those answered in the month, answered by their due date (fct_appeals.answered_on_time:
--   appeal_working_days of the config, 15 by default, on the Kazakhstan calendar, or the recorded extension)
-- on_time_rate: answered_on_time / answered (null in a month without answers)
with periods as (
    select * from int_periods where period_role = 'current'
),

appeals as (
    select * from fct_appeals
),

months as (
    select periods.period, unnest(months_of_period(periods.date_from, periods.date_to)) as month_start
    from periods
),

received as (
    select date_trunc('month', received_on) as month_start, count(*) as received,
    from appeals
    group by all
),

answered as (
    select
        date_trunc('month', answered_on) as month_start,
        count(*) as answered,
        count(*) filter (where answered_on_time) as answered_on_time,
    from appeals
    where answered_on is not null
    group by all
),

final as (
    select
        months.period,
        strftime(months.month_start, '%Y-%m') as month,
        coalesce(received.received, 0) as received,
        coalesce(answered.answered, 0) as answered,
        coalesce(answered.answered_on_time, 0) as answered_on_time,
        answered.answered_on_time / nullif(answered.answered, 0) as on_time_rate,
    from months
    left join received using (month_start)
    left join answered using (month_start)
)

select * from final
