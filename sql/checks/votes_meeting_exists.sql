-- Every vote belongs to a meeting of the meetings register.
select source_file, source_sheet, source_row, source_line, 'meeting ' || coalesce(meeting_id, '') || ' is not in the meetings register' as problem
from stg_votes
where meeting_id not in (select meeting_id from fct_meetings)
