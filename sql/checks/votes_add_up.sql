-- for + against + abstain equals those present, where counts are given (mart_votes.count_mismatch).
-- severity: warn
select
    source_file,
    source_sheet,
    source_row,
    source_line,
    'meeting ' || meeting_id || ' item ' || item_no || ': '
        || (coalesce(votes_for, 0) + coalesce(votes_against, 0) + coalesce(votes_abstain, 0))
        || ' votes but ' || present || ' present' as problem
from mart_votes
where count_mismatch
