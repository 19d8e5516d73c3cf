-- Every meeting's body is recognised (council, presidium, commission N, committee, working group).
-- severity: warn
select source_file, source_sheet, source_row, 'meeting ' || meeting_id || ': body "' || coalesce(body_label, '') || '" is not recognised' as problem
from fct_meetings
where body_kind = 'other' or (body_kind = 'commission' and commission is null)
