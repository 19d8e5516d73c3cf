-- Each meeting_id appears once.
select source_file, source_row, 'meeting_id ' || meeting_id || ' appears more than once' as problem
from stg_meetings
qualify row_number() over (partition by meeting_id order by source_file, source_row) > 1
