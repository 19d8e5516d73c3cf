-- fct_meetings: one row per meeting held.
-- grain: one row per meeting_id
with meetings as (
    select * from stg_meetings
),

deduplicated as (
    select *
    from meetings
    qualify row_number() over (partition by meeting_id order by source_file, source_row) = 1
)

select * from deduplicated
