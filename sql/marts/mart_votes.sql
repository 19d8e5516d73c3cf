-- mart_votes: each recorded vote of a meeting held in the period, with the outcome by the rule.
-- grain: one row per period + meeting_id + item_no
-- votes_for, votes_against, votes_abstain: as recorded (null for a unanimous vote without counts)
-- present: members who attended the meeting (as in mart_meetings; null when no attendance was recorded)
-- declared: the result the protocol states (adopted | rejected), as recorded
-- outcome_by_rule: adopted when votes_for > vote majority share (½ by default, from the config) ×
--   present, else rejected — a tie is not adopted; a unanimous vote without counts is adopted;
--   null when the counts or those present are unknown
-- outcome_mismatch: declared and outcome_by_rule both known and different
-- count_mismatch: votes_for + votes_against + votes_abstain ≠ present (counts and present known)
-- data_issues: the open data errors that touch this vote's outcome — its own (more votes than
--   present, the vote given twice) and its meeting's attendance (present is counted from it) — as
--   a list of {issue: the check's name, rows: how many rows}, from int_data_issues, the rows the
--   checks of the same names list; null when none. Shown beside the outcome in every report.
with periods as (
    select * from int_periods where period_role = 'current'
),

votes as (
    select * from stg_votes
),

meetings as (
    select * from fct_meetings
),

attendance as (
    select * from fct_attendance
),

present_counts as (
    select meeting_id, count(*) filter (where attended) as present
    from attendance
    where is_recorded
    group by meeting_id
),

issues as (
    select * from int_data_issues
),

deduplicated as (
    select *
    from votes
    qualify row_number() over (partition by meeting_id, item_no order by source_file, source_row) = 1
),

in_period as (
    select
        periods.period,
        deduplicated.*,
        meetings.body,
        meetings.meeting_date as date,
        present_counts.present,
    from deduplicated
    join meetings using (meeting_id)
    join periods on meetings.meeting_date between periods.date_from and periods.date_to
    left join present_counts using (meeting_id)
),

with_outcome as (
    select
        *,
        case
            when unanimous and votes_for is null then 'adopted'
            when votes_for is null or present is null then null
            when votes_for > getvariable('vote_majority_of_present') * present then 'adopted'
            else 'rejected'
        end as outcome_by_rule,
    from in_period
),

vote_issues as (
    select meeting_id, item_no, list({'issue': issue, 'rows': rows} order by issue) as data_issues
    from (
        select with_outcome.meeting_id, with_outcome.item_no, issues.issue, cast(count(*) as integer) as rows
        from with_outcome
        join issues
            on issues.meeting_id = with_outcome.meeting_id
            and (issues.item_no is null or issues.item_no = with_outcome.item_no)
        group by all
    )
    group by meeting_id, item_no
),

final as (
    select
        period,
        meeting_id,
        body,
        date,
        item_no,
        motion,
        votes_for,
        votes_against,
        votes_abstain,
        unanimous,
        present,
        declared,
        outcome_by_rule,
        coalesce(declared <> outcome_by_rule, false) as outcome_mismatch,
        coalesce(
            votes_for is not null and present is not null
            and coalesce(votes_for, 0) + coalesce(votes_against, 0) + coalesce(votes_abstain, 0) <> present,
            false
        ) as count_mismatch,
        vote_issues.data_issues,
        source_file,
        source_sheet,
        source_row,
        source_line,
    from with_outcome
    left join vote_issues using (meeting_id, item_no)
)

select * from final
