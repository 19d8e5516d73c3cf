-- mart_meetings: each meeting held in the period, with attendance and quorum.
-- grain: one row per period + meeting_id
-- members_total: members of the holding body on the meeting date (expected attendees)
-- present: expected or recorded members who attended (present, late, left early, and online
--   unless the config says online does not count)
-- online: members who took part online
-- quorum_required: ceil(members_total × quorum share); two thirds by default
--   (Law "Об общественных советах" No. 383-V, art. 13 p. 2); where the config says the quorum is
--   more than the share (quorum_more_than: a simple majority is 0.5 with it), floor(members_total × share) + 1
-- quorum_met: present >= quorum_required
-- data_issues: the open data errors that touch this meeting's figures (attendance rows naming no
--   member or several, members recorded outside their membership, the meeting given twice), as
--   a list of {issue: the check's name, rows: how many rows} — from int_data_issues, the rows the
--   checks of the same names list; null when none. Shown beside the quorum in every report.
with periods as (
    select * from int_periods where period_role = 'current'
),

meetings as (
    select * from fct_meetings
),

attendance as (
    select * from fct_attendance
),

issues as (
    select * from int_data_issues
),

meeting_issues as (
    select meeting_id, list({'issue': issue, 'rows': rows} order by issue) as data_issues
    from (
        select meeting_id, issue, cast(count(*) as integer) as rows
        from issues
        where item_no is null
        group by meeting_id, issue
    )
    group by meeting_id
),

attendance_counts as (
    select
        meeting_id,
        count(*) filter (where is_expected) as members_total,
        count(*) filter (where attended) as present,
        count(*) filter (where status = 'online') as online,
    from attendance
    group by meeting_id
),

-- The 1e-9 keeps a share that is a whole number of members (2/3 of 9 stored as 5.999…) from a member too many.
quorum as (
    select
        meetings.meeting_id,
        cast(
            case
                when getvariable('quorum_more_than')
                    then floor(coalesce(attendance_counts.members_total, 0) * getvariable('quorum_share') + 1e-9) + 1
                else ceil(coalesce(attendance_counts.members_total, 0) * getvariable('quorum_share') - 1e-9)
            end as integer
        ) as quorum_required,
    from meetings
    left join attendance_counts using (meeting_id)
),

final as (
    select
        periods.period,
        meetings.meeting_id,
        meetings.body,
        meetings.meeting_date as date,
        meetings.format,
        meetings.number,
        meetings.title,
        coalesce(attendance_counts.members_total, 0) as members_total,
        coalesce(attendance_counts.present, 0) as present,
        coalesce(attendance_counts.online, 0) as online,
        quorum.quorum_required,
        coalesce(attendance_counts.present, 0) >= quorum.quorum_required as quorum_met,
        meeting_issues.data_issues,
        meetings.source_file,
        meetings.source_sheet,
        meetings.source_row,
    from meetings
    join periods on meetings.meeting_date between periods.date_from and periods.date_to
    left join attendance_counts using (meeting_id)
    left join quorum using (meeting_id)
    left join meeting_issues using (meeting_id)
)

select * from final
