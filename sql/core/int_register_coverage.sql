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
-- basis: 'records' (the rows' dates) or 'config' (a bound stated in the config)
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

final as (
    select
        coalesce(stated_spans.register, record_spans.register) as register,
        -- the config's `from` is required; a stated span replaces the data's start, also an open one
        case when stated_spans.register is not null then stated_spans.date_from else record_spans.date_from end as date_from,
        coalesce(stated_spans.date_to, record_spans.date_to, current_date) as date_to,
        case when stated_spans.register is not null then 'config' else 'records' end as basis,
    from record_spans
    full join stated_spans using (register)
)

select * from final
