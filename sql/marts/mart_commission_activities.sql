-- mart_commission_activities: each commission's activities in the period by type, against its plan.
-- grain: one row per period + commission + type (pairs with an activity or a plan item)
-- activities: activities of the commission of that type that started in the period
-- plan_items, plan_done: work-plan items of that type whose planned quarter lies inside the
--   period, and of those the ones done (as in mart_commission_kpi)
with periods as (
    select * from int_periods where period_role = 'current'
),

activities as (
    select * from fct_activities
),

plan_items as (
    select * from int_plan_items
),

activity_counts as (
    select periods.period, activities.commission, activities.type, count(*) as activities
    from activities
    join periods on activities.date_start between periods.date_from and periods.date_to
    where activities.commission is not null
    group by all
),

plan_counts as (
    select periods.period, plan_items.commission, plan_items.type, count(*) as plan_items, count(*) filter (where plan_items.is_done) as plan_done
    from plan_items
    join periods on plan_items.quarter_start >= periods.date_from and plan_items.quarter_end <= periods.date_to
    where plan_items.commission is not null
    group by all
),

final as (
    select
        period,
        commission,
        type,
        coalesce(activity_counts.activities, 0) as activities,
        coalesce(plan_counts.plan_items, 0) as plan_items,
        coalesce(plan_counts.plan_done, 0) as plan_done,
    from activity_counts
    full outer join plan_counts using (period, commission, type)
)

select * from final
