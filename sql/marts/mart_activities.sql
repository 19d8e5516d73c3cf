-- mart_activities: the dated list of activities in the period, as the report lists them.
-- grain: one row per period + activity_id
with periods as (
    select * from int_periods where period_role = 'current'
),

activities as (
    select * from fct_activities
),

final as (
    select
        periods.period,
        activities.activity_id,
        activities.type,
        activities.date_start,
        activities.date_end,
        activities.title,
        activities.commission,
        coalesce(activities.target_body_name, activities.target_body) as target_body,
        activities.recommendations,
        activities.source_file,
        activities.source_row,
    from activities
    join periods on activities.date_start between periods.date_from and periods.date_to
)

select * from final
