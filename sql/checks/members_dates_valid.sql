-- A member leaves after joining.
select source_file, source_sheet, source_row, 'member ' || member_id || ' left (' || left_on || ') before joining (' || joined_on || ')' as problem
from dim_members
where left_on < joined_on
