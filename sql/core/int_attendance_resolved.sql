-- int_attendance_resolved: each recorded attendance row with the member it names.
-- grain: one row per stg_attendance row
-- member_id, resolution (matched | ambiguous | unmatched), candidates: from int_member_refs, on
--   the meeting's date — an id or a name in any form. Only matched rows count; the rest go to
--   the review list (sql/checks/attendance_member_resolved.sql) with their candidates.
with attendance as (
    select * from stg_attendance
),

meetings as (
    select * from fct_meetings
),

member_refs as (
    select * from int_member_refs
),

final as (
    select
        attendance.meeting_id,
        attendance.member_ref,
        attendance.status,
        attendance.note,
        attendance.source_file,
        attendance.source_sheet,
        attendance.source_row,
        attendance.source_line,
        member_refs.member_id,
        coalesce(member_refs.resolution, 'unmatched') as resolution,
        member_refs.candidates,
    from attendance
    left join meetings using (meeting_id)
    left join member_refs
        on member_refs.name_ref = attendance.member_ref
        and member_refs.on_date is not distinct from meetings.meeting_date
)

select * from final
