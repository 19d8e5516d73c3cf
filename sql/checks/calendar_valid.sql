-- The working-day calendar has one row per date, each of kind holiday, day_off or working_day.
select
    source_file,
    source_row,
    case
        when kind not in ('holiday', 'day_off', 'working_day') or kind is null then 'calendar ' || coalesce(cast(date as varchar), '(no date)') || ': kind "' || coalesce(kind, '') || '" is not holiday, day_off or working_day'
        else 'calendar ' || coalesce(cast(date as varchar), '(no date)') || ' appears more than once'
    end as problem
from ref_calendar
qualify kind is null or kind not in ('holiday', 'day_off', 'working_day')
    or row_number() over (partition by date order by source_row) > 1
