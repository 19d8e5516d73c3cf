-- Every meeting's body is recognised (council, presidium, commission N, committee, working group).
-- severity: warn
select source_file, source_row, 'meeting ' || meeting_id || ': body "' || body_label || '" is not recognised' as problem
from fct_meetings
where body_kind = 'other' or (body_kind = 'commission' and commission is null)
