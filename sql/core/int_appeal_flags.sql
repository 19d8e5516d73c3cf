-- int_appeal_flags: each appeal with what it counts for in the report period (period_role current).
-- grain: one row per appeal_id (appeals that count for nothing in the period are left out)
-- is_received: received_on in the period
-- is_answered: answered_on in the period; is_answered_on_time: and answered_on <= due_on
-- is_open: received on or before as_of (the period's last day, or today if it has not ended)
--   and not answered by then; an appeal closed or redirected without an answer date is not open
-- is_open_overdue: open and due_on < as_of
-- open_age_days: calendar days from received_on to as_of, for the open backlog by age
with periods as (
    select * from int_periods where period_role = 'current'
),

appeals as (
    select * from fct_appeals
),

flagged as (
    select
        periods.period,
        appeals.*,
        appeals.received_on between periods.date_from and periods.date_to as is_received,
        coalesce(appeals.answered_on between periods.date_from and periods.date_to, false) as is_answered,
        appeals.received_on <= periods.as_of
            and not coalesce(appeals.answered_on <= periods.as_of, false)
            and not appeals.is_closed_unanswered as is_open,
        periods.as_of,
    from appeals
    cross join periods
),

final as (
    select
        * exclude (as_of),
        is_answered and coalesce(answered_on_time, false) as is_answered_on_time,
        is_open and due_on < as_of as is_open_overdue,
        case when is_open then as_of - received_on end as open_age_days,
    from flagged
    where is_received or is_answered or is_open
)

select * from final
