-- Each letter_id appears once in the letters register(s): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'letter_id ' || coalesce(letter_id, '') || ' appears more than once' as problem
from stg_letters
qualify row_number() over (partition by letter_id order by source_file, source_row) > 1
