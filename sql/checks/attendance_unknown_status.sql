-- Expected members with no recorded status: to resolve before the year is closed.
-- severity: warn
select
    coalesce(source_file, 'attendance') as source_file,
    source_sheet,
    source_row,
    'status of ' || member_id || ' at ' || meeting_id || ' is unknown' as problem
from fct_attendance
where is_expected and status = 'unknown'
