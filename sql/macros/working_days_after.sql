-- working_days_after(start_date, n): the n-th working day after start_date on the working-day
--   calendar (int_calendar_days: the day itself not counted, a start on a day off counts from the
--   working day before it); null for a null date or one outside the calendar. The deadline rule of
--   appeals (appeal_working_days) and letters (letter_working_days).
create or replace temp macro working_days_after(start_date, n) as (
    select due.date
    from int_calendar_days as from_day
    join int_calendar_days as due
        on due.working_day_no = from_day.working_day_no + n
        and due.is_working_day
    where from_day.date = start_date
)
