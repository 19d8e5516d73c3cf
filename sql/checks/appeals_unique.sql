-- Each appeal_id appears once a year (numbers start again each year; fct_appeals's grain): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'appeal_id ' || coalesce(appeal_id, '') || ' appears more than once in ' || coalesce(cast(year(received_on) as varchar), 'a year') as problem
from stg_appeals
qualify row_number() over (partition by appeal_id, year(received_on) order by source_file, source_row) > 1
