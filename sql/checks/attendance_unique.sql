-- Each member is recorded once per meeting: a second record for the same meeting and member is not counted.
-- severity: warn
select source_file, source_sheet, source_row, source_line, '"' || coalesce(member_ref, '') || '"' || ' is recorded more than once at meeting ' || meeting_id as problem
from int_attendance_resolved
where resolution = 'matched'
qualify row_number() over (partition by meeting_id, member_id order by source_file, source_row) > 1
