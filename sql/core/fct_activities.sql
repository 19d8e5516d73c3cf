-- fct_activities: the council's activities with the body they targeted.
-- grain: one row per activity_id
-- target_kind: the kind of the target body (department, district_akimat, subordinate, ...),
--   matched by body_id or by exact name.
with activities as (
    select * from stg_activities
),

bodies as (
    select * from dim_bodies
),

deduplicated as (
    select *
    from activities
    qualify row_number() over (partition by activity_id order by source_file, source_row) = 1
),

with_target as (
    select
        deduplicated.*,
        bodies.body_id as target_body_id,
        bodies.name as target_body_name,
        bodies.kind as target_kind,
    from deduplicated
    left join bodies
        on names_body(deduplicated.target_body, bodies.body_id, bodies.name)
    qualify row_number() over (partition by deduplicated.activity_id order by bodies.body_id) = 1
)

select * from with_target
