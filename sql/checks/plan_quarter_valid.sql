-- Every plan item names its quarter as `2025-Q3`, so fulfilment can be counted.
select source_file, source_sheet, source_row, 'plan item: planned_quarter "' || coalesce(planned_quarter, '') || '" is not a quarter like 2025-Q3' as problem
from int_plan_items
where quarter_start is null
