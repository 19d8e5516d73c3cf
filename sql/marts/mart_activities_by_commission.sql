-- mart_activities_by_commission: activities per month, type and commission, so the dashboard's
-- commission filter can pick rows instead of recounting.
-- grain: one row per period + month + type + commission (only combinations with an activity);
--   commission is null for activities of the whole council
-- activities: activities of that type and commission that started in that month
with activities as (
    select * from mart_activities
),

final as (
    select
        period,
        strftime(date_start, '%Y-%m') as month,
        type,
        commission,
        count(*) as activities,
    from activities
    group by all
)

select * from final
