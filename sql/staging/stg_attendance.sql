-- stg_attendance: who was at which meeting, as recorded.
-- grain: one row per raw attendance row (meeting_id + member)
-- member_ref: the member as written (an id or a name in any form; int_member_refs resolves it)
with source as (
    select * from raw_attendance
),

renamed as (
    select
        trim(meeting_id) as meeting_id,
        trim(member) as member_ref,
        status,
        note,
        source_file,
        source_sheet,
        source_row,
        source_line,
    from source
)

select * from renamed
