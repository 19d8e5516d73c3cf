-- mart_mandatory_coverage: the bodies the council must hear, and whether it heard them in the period.
-- grain: one row per period + body_id (bodies marked mandatory in the bodies register)
-- heard: the body was the target of at least one report hearing that started in the period
-- times_heard: report hearings of the body that started in the period
-- last_heard_on: start date of the latest of them (null when not heard)
with periods as (
    select * from int_periods where period_role = 'current'
),

bodies as (
    select * from dim_bodies
),

activities as (
    select * from fct_activities
),

hearings as (
    select periods.period, activities.target_body_id as body_id, activities.activity_id, activities.date_start
    from activities
    join periods on activities.date_start between periods.date_from and periods.date_to
    where activities.type = 'report_hearing' and activities.target_body_id is not null
),

final as (
    select
        periods.period,
        bodies.body_id,
        bodies.name,
        bodies.kind,
        count(hearings.activity_id) > 0 as heard,
        count(hearings.activity_id) as times_heard,
        max(hearings.date_start) as last_heard_on,
    from bodies
    cross join periods
    left join hearings on hearings.period = periods.period and hearings.body_id = bodies.body_id
    where bodies.mandatory
    group by periods.period, bodies.body_id, bodies.name, bodies.kind
)

select * from final
