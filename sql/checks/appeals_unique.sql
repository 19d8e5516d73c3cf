-- Each appeal_id appears once in the appeals register(s): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'appeal_id ' || coalesce(appeal_id, '') || ' appears more than once' as problem
from stg_appeals
qualify row_number() over (partition by appeal_id order by source_file, source_row) > 1
