-- fct_appeals: one row per appeal, without personal data.
-- grain: one row per appeal_id
with appeals as (
    select * from stg_appeals
),

deduplicated as (
    select *
    from appeals
    qualify row_number() over (partition by appeal_id order by source_file, source_row) = 1
)

select * from deduplicated
