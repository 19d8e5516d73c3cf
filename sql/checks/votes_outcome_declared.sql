-- The declared result agrees with the vote rule (for > majority share × present; mart_votes.outcome_mismatch).
-- severity: warn
select
    source_file,
    source_sheet,
    source_row,
    source_line,
    'meeting ' || meeting_id || ' item ' || item_no || ': declared ' || declared || ', but by the rule '
        || outcome_by_rule || coalesce(' (' || votes_for || ' for of ' || present || ' present)', ' (unanimous)') as problem
from mart_votes
where outcome_mismatch
