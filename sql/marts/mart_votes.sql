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
        source_file,
        source_row,
        source_line,
    from with_outcome
)

select * from final
