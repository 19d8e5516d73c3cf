-- fct_letters: one row per letter to a state body, with the body's name and kind.
-- grain: one row per letter_id
with letters as (
    select * from stg_letters
),

bodies as (
    select * from dim_bodies
),

deduplicated as (
    select *
    from letters
    qualify row_number() over (partition by letter_id order by source_file, source_row) = 1
),

with_body as (
    select
        deduplicated.*,
        coalesce(bodies.name, deduplicated.addressee) as addressee_name,
        bodies.kind as addressee_kind,
    from deduplicated
    left join bodies
        on deduplicated.addressee = bodies.body_id
        or lower(deduplicated.addressee) = lower(bodies.name)
    qualify row_number() over (partition by deduplicated.letter_id order by bodies.body_id) = 1
)

select * from with_body
