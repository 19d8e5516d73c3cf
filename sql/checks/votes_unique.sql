-- Each meeting_id + item_no appears once in the votes.
select source_file, source_row, source_line, 'vote on meeting ' || meeting_id || ' item ' || item_no || ' appears more than once' as problem
from stg_votes
qualify row_number() over (partition by meeting_id, item_no order by source_file, source_row, source_line) > 1
