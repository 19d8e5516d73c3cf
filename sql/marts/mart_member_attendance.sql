-- mart_member_attendance: each member's attendance of the meetings they were expected at.
-- grain: one row per period + member_id + body (council | presidium | commission | all)
-- expected: meetings of bodies the member belonged to on the meeting date
-- attended: expected meetings attended (present, online, late, left early)
-- online, excused, unexcused, unknown: expected meetings with that status
-- attendance_rate: attended / expected (null when nothing was expected)
-- unexcused_year: unexcused absences at council, presidium and commission meetings in the
--   configured window (12 months) ending on the period's last day
-- exclusion_risk: unexcused_year above the threshold (3; Law No. 383-V art. 15)
with periods as (
    select * from int_periods where period_role = 'current'
),

attendance as (
    select * from fct_attendance where is_expected
),

members as (
    select * from dim_members
),

in_period as (
    select periods.period, attendance.*, case when attendance.body_kind in ('council', 'presidium', 'commission') then attendance.body_kind end as body_group
    from attendance
    join periods on attendance.meeting_date between periods.date_from and periods.date_to
),

by_body as (
    select
        period,
        member_id,
        coalesce(body_group, 'all') as body,
        count(*) as expected,
        count(*) filter (where attended) as attended,
        count(*) filter (where status = 'online') as online,
        count(*) filter (where status = 'absent_excused') as excused,
        count(*) filter (where status = 'absent_unexcused') as unexcused,
        count(*) filter (where status = 'unknown') as unknown,
    from in_period
    where body_group is not null
    group by grouping sets ((period, member_id, body_group), (period, member_id))
),

unexcused_window as (
    select
        periods.period,
        attendance.member_id,
        count(*) as unexcused_year,
    from attendance
    join periods
        on attendance.meeting_date > periods.date_to - to_months(getvariable('absence_window_months'))
        and attendance.meeting_date <= periods.date_to
    where attendance.status = 'absent_unexcused'
    group by all
),

final as (
    select
        by_body.period,
        by_body.member_id,
        members.full_name,
        members.commission,
        by_body.body,
        by_body.expected,
        by_body.attended,
        by_body.online,
        by_body.excused,
        by_body.unexcused,
        by_body.unknown,
        by_body.attended / nullif(by_body.expected, 0) as attendance_rate,
        coalesce(unexcused_window.unexcused_year, 0) as unexcused_year,
        coalesce(unexcused_window.unexcused_year, 0) > getvariable('unexcused_absence_warning') as exclusion_risk,
    from by_body
    join members using (member_id)
    left join unexcused_window using (period, member_id)
)

select * from final
