-- dim_bodies: one row per state body the council hears or writes to.
-- grain: one row per body_id
with bodies as (
    select * from stg_bodies
),

deduplicated as (
    select *
    from bodies
    qualify row_number() over (partition by body_id order by source_file, source_row) = 1
)

select * from deduplicated
