-- int_register_coverage: the span of dates each register covers. A period the span of a metric's
--   register (int_metric_registers) does not reach has no records for the metric: its value is null,
--   not 0 — a register kept from 2023 says nothing about 2022. Inside the span, a period without rows
--   is a real 0. This is the one place coverage is defined; int_period_metric_values applies it.
-- grain: one row per register that has a dated row or a span stated in the config
-- date_from, date_to: from the register's earliest to its latest row, by the date that places a row
--   in the register —
--   meetings: meeting date; activities: start date; appeals: received_on; letters: sent_on;
--   npa_reviews: reviewed_on, or received_on while not reviewed (as a review is dated everywhere);
--   media: the first day of the earliest month to the last day of the latest;
--   members: the earliest joined_on to today (the register is the current list of members); a member
--     without joined_on is counted on every date, so the span then has no start (date_from null)
--   or as the config states it (`coverage` in kenes.config.json: cfg_register_coverage): `from`, and
--   `to` if given (else the data's latest date, or today for a register without rows).
-- basis: 'records' (the rows' dates) or 'config' (a span stated in the config)
-- lull_days: the longest stretch, in days, between two consecutive row dates of the register. A period
--   it is compared with may begin or end that long outside the span and still count as covered: a
--   register of five appeals a year whose first is on 12 February was kept in January too, as far as
--   its own rhythm tells — while one hearing on 14 December in a register of hundreds a year does not
--   make that year covered. 0 for the members register (a list from its first member, not a log) and
--   for a span the config states.
-- reach_from, reach_to: the span in whole months, stretched by lull_days at either end — what a period
--   is measured against (reach_from null: no start)
-- Stated figures (stg_stated_figures) are records of the one metric and period they state: they do not
--   extend a register's span, but give that metric a value for that period (int_period_metric_values).
with meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

npa as (
    select * from fct_npa_reviews
),

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

media as (
    select * from fct_media
),

members as (
    select * from dim_members
),

stated_spans as (
    select * from cfg_register_coverage
),

record_dates as (
    select 'meetings' as register, meeting_date as date_from, meeting_date as date_to from meetings
    union all select 'activities', date_start, date_start from activities
    union all select 'npa_reviews', coalesce(reviewed_on, received_on), coalesce(reviewed_on, received_on) from npa
    union all select 'appeals', received_on, received_on from appeals
    union all select 'letters', sent_on, sent_on from letters
    union all select 'media', month_start, last_day(month_start) from media
),

record_spans as (
    select register, min(date_from) as date_from, max(date_to) as date_to
    from record_dates
    where date_from is not null
    group by register
    union all
    select
        'members',
        case when count(*) filter (where joined_on is null) = 0 then min(joined_on) end,
        greatest(current_date, max(joined_on), max(left_on)),
    from members
    having count(*) > 0
),

gaps as (
    -- the longest the register went without a row between two of its rows (members: none, see lull_days)
    select register, max(date_from - previous_date) as lull_days
    from (
        select register, date_from, lag(date_from) over (partition by register order by date_from) as previous_date
        from (select distinct register, date_from from record_dates where date_from is not null)
    )
    group by register
),

final as (
    select
        coalesce(stated_spans.register, record_spans.register) as register,
        -- the config's `from` is required; a stated span replaces the data's start, also an open one
        case when stated_spans.register is not null then stated_spans.date_from else record_spans.date_from end as date_from,
        coalesce(stated_spans.date_to, record_spans.date_to, current_date) as date_to,
        case when stated_spans.register is not null then 'config' else 'records' end as basis,
        -- a span the config states is exact
        case when stated_spans.register is null then coalesce(gaps.lull_days, 0) else 0 end as lull_days,
    from record_spans
    full join stated_spans using (register)
    left join gaps using (register)
),

reach as (
    select
        *,
        date_trunc('month', date_from) - to_days(lull_days) as reach_from,
        last_day(date_to) + to_days(lull_days) as reach_to,
    from final
)

select * from reach
