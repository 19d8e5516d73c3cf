-- int_attendance_resolved: each recorded attendance row with the member it names.
-- grain: one row per stg_attendance row
-- resolution: matched (exactly one member has that id or full name), unmatched, ambiguous
--   (two members share the name). Only matched rows count; the rest go to the review list.
with attendance as (
    select * from stg_attendance
),

members as (
    select * from dim_members
),

candidates as (
    select
        attendance.meeting_id,
        attendance.member_ref,
        attendance.status,
        attendance.note,
        attendance.source_file,
        attendance.source_sheet,
        attendance.source_row,
        attendance.source_line,
        -- coalesce: with no member matched the filtered list is null, not empty (it made every unmatched name "ambiguous").
        coalesce(list(distinct members.member_id) filter (where members.member_id is not null), []) as candidate_ids,
    from attendance
    left join members
        on attendance.member_ref = members.member_id
        or attendance.member_key = members.name_key
    group by all
),

final as (
    select
        * exclude (candidate_ids),
        case when len(candidate_ids) = 1 then candidate_ids[1] end as member_id,
        case len(candidate_ids) when 0 then 'unmatched' when 1 then 'matched' else 'ambiguous' end as resolution,
        candidate_ids,
    from candidates
)

select * from final
