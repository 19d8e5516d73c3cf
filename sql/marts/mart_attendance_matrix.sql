-- mart_attendance_matrix: who attended which meeting, for the heatmap (member × meeting) and the member sheet.
-- grain: one row per period + member_id + meeting_id (meetings held in the period that the member was
--   expected at or recorded at)
-- status: the recorded attendance status; 'not_recorded' when the member was expected but no row names them
-- attended: present, online, late or left early (as fct_attendance defines it)
with periods as (
    select * from int_periods where period_role = 'current'
),

attendance as (
    select * from fct_attendance
),

meetings as (
    select * from fct_meetings
),

members as (
    select * from dim_members
),

final as (
    select
        periods.period,
        attendance.member_id,
        members.full_name,
        members.commission,
        attendance.meeting_id,
        meetings.meeting_date,
        meetings.body,
        meetings.number,
        attendance.is_expected,
        coalesce(attendance.status, 'not_recorded') as status,
        coalesce(attendance.attended, false) as attended,
    from attendance
    join meetings using (meeting_id)
    join members using (member_id)
    join periods on meetings.meeting_date between periods.date_from and periods.date_to
    where attendance.is_expected or attendance.is_recorded
)

select * from final
