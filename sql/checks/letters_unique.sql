-- Each letter_id appears once a year (numbers start again each year; fct_letters's grain): a repeated one counts once, from its first row.
select source_file, source_sheet, source_row, 'letter_id ' || coalesce(letter_id, '') || ' appears more than once in ' || coalesce(cast(year(sent_on) as varchar), 'a year') as problem
from stg_letters
qualify row_number() over (partition by letter_id, year(sent_on) order by source_file, source_row) > 1
