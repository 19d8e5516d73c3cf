-- int_periods: the report period and the two it is compared with.
-- grain: one row per period_role (current, previous, year_ago)
-- as_of: open and overdue items are counted on the period's last day, or today if it has not ended.
with periods as (
    select * from cfg_periods
),

final as (
    select
        period_role,
        period,
        date_from,
        date_to,
        least(date_to, current_date) as as_of,
    from periods
)

select * from final
