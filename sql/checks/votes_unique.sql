-- Each meeting_id + item_no appears once in the votes.
-- The rows are defined in sql/core/int_data_issues.sql, which also flags the figures they touch.
select source_file, source_sheet, source_row, source_line, problem, candidates
from int_data_issues
where issue = 'votes_unique'
