-- A recorded extension of an appeal's deadline is after the ordinary deadline and within the months of receipt the config allows (deadlines.appeal_extension_months: two, APC art. 76).
-- severity: warn
select
    source_file,
    source_sheet,
    source_row,
    'appeal ' || appeal_id || ': extended to ' || extended_to || ', received ' || received_on
        || case when extended_to < base_due_on then ', before the ordinary deadline ' || base_due_on else ', more than ' || getvariable('appeal_extension_months') || ' months later' end as problem
from fct_appeals
where extended_to < base_due_on or extended_to > received_on + to_months(getvariable('appeal_extension_months'))
