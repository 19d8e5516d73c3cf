-- working_days_between(from_date, to_date): working days after from_date up to and including
--   to_date (int_calendar_days.working_day_no of one less the other); null when either is null.
create or replace temp macro working_days_between(from_date, to_date) as (
    select to_day.working_day_no - from_day.working_day_no
    from int_calendar_days as from_day
    join int_calendar_days as to_day on to_day.date = to_date
    where from_day.date = from_date
)
