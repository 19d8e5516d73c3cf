-- int_data_issues: the register rows an error-level data check finds that touch a meeting's
--   figures, defined here once: the check of the same name lists them (sql/checks/<issue>.sql
--   selects its rows from here) and the marts flag the figure they touch (mart_meetings.data_issues
--   beside the quorum, mart_votes.data_issues beside the outcome), so a check and its flag can
--   never disagree about which rows are wrong.
-- grain: one row per offending register row per issue
-- issue: the name of the check that lists the row
-- meeting_id: the meeting whose figures the row touches
-- item_no: the vote the row touches; null when it touches the whole meeting (its attendance,
--   so its present count, its quorum and every vote's outcome by the rule)
-- problem: what is wrong, as a sentence
-- name: the name as written, for a row that names no member or several; else null
-- candidates: the members a name could be, best first ("M07 Иванова Ирина Игоревна; M12 …"; int_member_refs), else null
--
-- attendance_member_resolved: an attendance row names no member, or several; it is not counted.
-- attendance_within_membership: a member recorded at a meeting held outside their membership; counted.
-- meetings_unique: a meeting_id given twice; the first row is the meeting.
-- votes_above_present: for + against + abstain above the members recorded as present.
-- votes_unique: a vote (meeting_id + item_no) given twice; the first row is the vote.
with attendance_resolved as (
    select * from int_attendance_resolved
),

attendance as (
    select * from fct_attendance
),

members as (
    select * from dim_members
),

meetings as (
    select * from stg_meetings
),

votes as (
    select * from stg_votes
),

unresolved_names as (
    select *
    from attendance_resolved
    where resolution <> 'matched'
),

outside_membership as (
    select
        attendance.*,
        members.joined_on,
        members.left_on,
    from attendance
    join members using (member_id)
    where attendance.is_recorded
        and attendance.status <> 'unknown'
        and not is_member_on(members.joined_on, members.left_on, attendance.meeting_date)
),

present_counts as (
    select meeting_id, count(*) filter (where attended) as present
    from attendance
    where is_recorded
    group by meeting_id
),

vote_totals as (
    select
        votes.*,
        coalesce(votes.votes_for, 0) + coalesce(votes.votes_against, 0) + coalesce(votes.votes_abstain, 0) as votes_total,
        present_counts.present,
    from votes
    join present_counts using (meeting_id)
),

issues as (
    select
        'attendance_member_resolved' as issue,
        meeting_id,
        cast(null as integer) as item_no,
        source_file,
        source_sheet,
        source_row,
        source_line,
        case resolution
            when 'ambiguous' then '"' || coalesce(member_ref, '') || '" matches several members; the row is not counted'
            else '"' || coalesce(member_ref, '') || '" matches no member; the row is not counted'
        end as problem,
        candidates,
        member_ref as name,
    from unresolved_names

    union all

    select
        'attendance_within_membership',
        meeting_id,
        null,
        source_file,
        source_sheet,
        source_row,
        null,
        member_id || ' recorded ' || status || ' at ' || meeting_id || ' on ' || meeting_date
            || ' but was a member ' || coalesce(cast(joined_on as varchar), '…') || ' – ' || coalesce(cast(left_on as varchar), '…'),
        null,
        null,
    from outside_membership

    union all

    select
        'meetings_unique',
        meeting_id,
        null,
        source_file,
        source_sheet,
        source_row,
        null,
        'meeting_id ' || coalesce(meeting_id, '') || ' appears more than once; the first row is counted',
        null,
        null,
    from meetings
    qualify row_number() over (partition by meeting_id order by source_file, source_row) > 1

    union all

    select
        'votes_above_present',
        meeting_id,
        item_no,
        source_file,
        source_sheet,
        source_row,
        source_line,
        'meeting ' || meeting_id || ' item ' || item_no || ': ' || votes_total || ' votes but only ' || present || ' present',
        null,
        null,
    from vote_totals
    where votes_total > present

    union all

    select
        'votes_unique',
        meeting_id,
        item_no,
        source_file,
        source_sheet,
        source_row,
        source_line,
        'vote on meeting ' || coalesce(meeting_id, '') || ' item ' || coalesce(cast(item_no as varchar), '') || ' appears more than once; the first row is counted',
        null,
        null,
    from votes
    qualify row_number() over (partition by meeting_id, item_no order by source_file, source_row, source_line) > 1
),

final as (
    select * from issues
)

select * from final
