-- An appeal cannot be answered before it was received.
select source_file, source_sheet, source_row, 'appeal ' || appeal_id || ' answered (' || answered_on || ') before it was received (' || received_on || ')' as problem
from fct_appeals
where answered_on < received_on
