-- Each body_id appears once in the bodies register(s): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'body_id ' || coalesce(body_id, '') || ' appears more than once' as problem
from stg_bodies
qualify row_number() over (partition by body_id order by source_file, source_row) > 1
