-- Attendance is recorded only for dates the person was a member (joined_on ≤ date < left_on).
select
    attendance.source_file,
    attendance.source_row,
    attendance.member_id || ' recorded ' || attendance.status || ' at ' || attendance.meeting_id || ' on ' || attendance.meeting_date
        || ' but was a member ' || coalesce(cast(members.joined_on as varchar), '…') || ' – ' || coalesce(cast(members.left_on as varchar), '…') as problem
from fct_attendance as attendance
join dim_members as members using (member_id)
where attendance.is_recorded
    and attendance.status <> 'unknown'
    and (attendance.meeting_date < members.joined_on or attendance.meeting_date >= members.left_on)
