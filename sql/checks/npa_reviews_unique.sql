-- Each npa_id appears once in the npa_reviews register(s): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'npa_id ' || coalesce(npa_id, '') || ' appears more than once' as problem
from stg_npa_reviews
qualify row_number() over (partition by npa_id order by source_file, source_row) > 1
