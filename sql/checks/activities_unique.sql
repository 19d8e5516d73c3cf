-- Each activity_id appears once in the activities register(s): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'activity_id ' || coalesce(activity_id, '') || ' appears more than once' as problem
from stg_activities
qualify row_number() over (partition by activity_id order by source_file, source_row) > 1
