-- int_plan_items: each work-plan item with its quarter's dates and whether it was done.
-- grain: one row per stg_plan row
-- quarter_start, quarter_end: the days of planned_quarter (`2025-Q3`); null when it is not a quarter
-- target_body_id: the plan's target body matched to the bodies register by id or exact name
-- is_done: an activity of the same commission and type started within the planned quarter, and,
--   when the plan names a target body, that activity targeted that body (by id or name)
with plan as (
    select * from stg_plan
),

bodies as (
    select * from dim_bodies
),

activities as (
    select * from fct_activities
),

dated as (
    select
        plan.*,
        case when regexp_matches(planned_quarter, '^\d{4}-Q[1-4]$')
            then make_date(cast(left(planned_quarter, 4) as integer), 3 * cast(right(planned_quarter, 1) as integer) - 2, 1)
        end as quarter_start,
    from plan
),

with_body as (
    select
        dated.*,
        cast(dated.quarter_start + interval 3 month - interval 1 day as date) as quarter_end,
        bodies.body_id as target_body_id,
    from dated
    left join bodies
        on names_body(dated.target_body, bodies.body_id, bodies.name)
    qualify row_number() over (partition by dated.source_file, dated.source_row order by bodies.body_id) = 1
),

final as (
    select
        with_body.*,
        exists (
            select 1
            from activities
            where activities.commission = with_body.commission
                and activities.type = with_body.type
                and activities.date_start between with_body.quarter_start and with_body.quarter_end
                and (
                    nullif(with_body.target_body, '') is null
                    or activities.target_body_id = with_body.target_body_id
                    or lower(activities.target_body) = lower(with_body.target_body)
                )
        ) as is_done,
    from with_body
)

select * from final
