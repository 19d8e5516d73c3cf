-- Each member_id appears once in the members register(s).
select source_file, source_sheet, source_row, 'member_id ' || coalesce(member_id, '') || ' appears more than once' as problem
from stg_members
qualify count(*) over (partition by member_id) > 1
    and row_number() over (partition by member_id order by source_file, source_row) > 1
