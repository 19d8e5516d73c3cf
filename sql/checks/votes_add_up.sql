-- for + against + abstain equals those present, where counts are given.
select
    votes.source_file,
    votes.source_row,
    'meeting ' || votes.meeting_id || ' item ' || votes.item_no || ': ' ||
        (coalesce(votes.votes_for, 0) + coalesce(votes.votes_against, 0) + coalesce(votes.votes_abstain, 0)) ||
        ' votes but ' || meetings.present || ' present' as problem
from stg_votes as votes
join mart_meetings as meetings using (meeting_id)
where not votes.unanimous
    and votes.votes_for is not null
    and coalesce(votes.votes_for, 0) + coalesce(votes.votes_against, 0) + coalesce(votes.votes_abstain, 0) <> meetings.present
