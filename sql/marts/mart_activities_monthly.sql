-- mart_activities_monthly: activities per month and type.
-- grain: one row per period + month + type (only months with at least one activity of that type)
-- activities: activities of that type that started in that month
with activities as (
    select * from mart_activities
),

final as (
    select
        period,
        strftime(date_start, '%Y-%m') as month,
        type,
        count(*) as activities,
    from activities
    group by all
)

select * from final
