-- stg_activities: the council's activities (monitorings, hearings, round tables, ...).
-- grain: one row per raw activities row
with source as (
    select * from raw_activities
),

renamed as (
    select
        trim(activity_id) as activity_id,
        type,
        date_start,
        coalesce(date_end, date_start) as date_end,
        title,
        commission,
        participants,
        trim(led_by) as led_by,
        trim(target_body) as target_body,
        recommendations,
        publicity,
        outcome,
        source_file,
        source_sheet,
        source_row,
        source_line,
    from source
)

select * from renamed
