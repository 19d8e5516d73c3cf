-- Every attendance row names exactly one member: the review list for the secretariat.
select
    source_file,
    source_row,
    case resolution
        when 'ambiguous' then '"' || member_ref || '" matches several members: ' || array_to_string(candidate_ids, ', ')
        else '"' || member_ref || '" matches no member'
    end as problem
from int_attendance_resolved
where resolution <> 'matched'
