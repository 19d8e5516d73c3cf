-- Every report hearing names a body of the bodies register, so coverage can be counted.
-- severity: warn
select
    source_file,
    source_sheet,
    source_row,
    'report hearing ' || activity_id || ': target body "' || coalesce(target_body, '') || '" is not in the bodies register' as problem
from fct_activities
where type = 'report_hearing' and target_body_id is null
