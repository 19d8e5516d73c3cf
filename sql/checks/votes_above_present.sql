-- More votes than members present is impossible: a count or the attendance is wrong.
select
    votes.source_file,
    votes.source_row,
    votes.source_line,
    'meeting ' || votes.meeting_id || ' item ' || votes.item_no || ': '
        || (coalesce(votes.votes_for, 0) + coalesce(votes.votes_against, 0) + coalesce(votes.votes_abstain, 0))
        || ' votes but only ' || present.present || ' present' as problem
from stg_votes as votes
join (
    select meeting_id, count(*) filter (where attended) as present
    from fct_attendance
    where is_recorded
    group by meeting_id
) as present using (meeting_id)
where coalesce(votes.votes_for, 0) + coalesce(votes.votes_against, 0) + coalesce(votes.votes_abstain, 0) > present.present
