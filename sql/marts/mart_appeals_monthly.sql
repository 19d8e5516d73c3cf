-- mart_appeals_monthly: appeals received and answered per month.
-- grain: one row per period + month (every month of the period, also months with none)
-- received: appeals by received_on; answered: appeals by answered_on
with periods as (
    select * from int_periods where period_role = 'current'
),

appeals as (
    select * from fct_appeals
),

months as (
    select periods.period, cast(unnest(generate_series(date_trunc('month', periods.date_from), periods.date_to, interval 1 month)) as date) as month_start
    from periods
),

final as (
    select
        months.period,
        strftime(months.month_start, '%Y-%m') as month,
        (select count(*) from appeals where date_trunc('month', received_on) = months.month_start) as received,
        (select count(*) from appeals where date_trunc('month', answered_on) = months.month_start) as answered,
    from months
)

select * from final
