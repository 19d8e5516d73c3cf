-- An answer cannot come before the letter was sent.
select source_file, source_sheet, source_row, 'letter ' || letter_id || ' answered (' || answered_on || ') before it was sent (' || sent_on || ')' as problem
from fct_letters
where answered_on < sent_on
