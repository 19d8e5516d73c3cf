-- Every attendance row names exactly one member: the review list for the secretariat.
-- A name written any way (`Иванов И.И.`, `И.И. Иванов`, full) counts when it fits one member;
-- one that fits several (namesakes the meeting date does not tell apart) or none is not counted.
select
    source_file,
    source_sheet,
    source_row,
    source_line,
    member_ref as name,
    candidates,
    'attendance at ' || coalesce(meeting_id, '?') || ': "' || member_ref || '" '
        || case resolution
            when 'ambiguous' then 'fits several members equally (' || coalesce(candidates, 'no candidates') || '); write the member id'
            else 'matches no member' || coalesce(' (closest: ' || candidates || ')', '')
                || '; write the member id, or add the person to the members register'
        end as problem
from int_attendance_resolved
where resolution <> 'matched'
order by source_file, source_sheet, source_row, source_line
