-- Figures printed in one report for one period do not contradict each other (int_stated_inconsistencies).
-- severity: warn
select
    source_file,
    source_row,
    source_line,
    source || ' (' || period_from || ' … ' || period_to || '): ' || problem as problem
from int_stated_inconsistencies
