-- int_calendar_days: every day from 2000 to 2040 with whether it is a working day in Kazakhstan.
-- grain: one row per date
-- is_working_day: a Saturday or Sunday decreed a working day, or a Monday–Friday that is neither
--   a holiday nor a day off (sources/reference/calendar-kz.csv, or the workspace's own copy;
--   dates the file does not cover follow the plain Monday–Friday week)
-- working_day_no: working days from 2000-01-01 up to and including this date, so
--   "N working days after d" is the working day numbered working_day_no(d) + N, and the
--   working days between d1 and d2 are working_day_no(d2) − working_day_no(d1)
with calendar as (
    select * from ref_calendar
),

days as (
    select cast(unnest(generate_series(date '2000-01-01', date '2040-12-31', interval 1 day)) as date) as date
),

marked as (
    -- a date listed twice in a hand-edited file counts once (sql/checks lists the duplicates)
    select date, kind, name
    from calendar
    qualify row_number() over (partition by date order by source_row) = 1
),

final as (
    select
        days.date,
        marked.kind,
        marked.name,
        coalesce(marked.kind = 'working_day', false)
            or (isodow(days.date) <= 5 and coalesce(marked.kind not in ('holiday', 'day_off'), true)) as is_working_day,
        cast(sum(case
            when coalesce(marked.kind = 'working_day', false)
                or (isodow(days.date) <= 5 and coalesce(marked.kind not in ('holiday', 'day_off'), true)) then 1
            else 0
        end) over (order by days.date rows between unbounded preceding and current row) as integer) as working_day_no,
    from days
    left join marked using (date)
)

select * from final
