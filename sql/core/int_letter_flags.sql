-- int_letter_flags: each letter with what it counts for in the report period (period_role current).
-- grain: one row per letter_id (letters that count for nothing in the period are left out)
-- is_sent: sent_on in the period
-- is_answered: sent in the period and answered on or before as_of (the period's last day, or
--   today if it has not ended)
-- is_overdue: sent on or before as_of — in the period or before it — and still unanswered on
--   as_of although its due date (10th working day after sent_on) was before as_of
-- working_days_overdue: working days from the due date to as_of, for overdue letters
with periods as (
    select * from int_periods where period_role = 'current'
),

letters as (
    select * from fct_letters
),

flagged as (
    select
        periods.period,
        periods.as_of,
        letters.*,
        letters.sent_on between periods.date_from and periods.date_to as is_sent,
        letters.sent_on between periods.date_from and periods.date_to
            and coalesce(letters.answered_on <= periods.as_of, false) as is_answered,
        letters.sent_on <= periods.as_of
            and not coalesce(letters.answered_on <= periods.as_of, false)
            and letters.due_on < periods.as_of as is_overdue,
    from letters
    cross join periods
),

final as (
    select
        flagged.* exclude (as_of),
        flagged.as_of,
        case when flagged.is_overdue then working_days_between(flagged.due_on, flagged.as_of) end as working_days_overdue,
    from flagged
    where flagged.is_sent or flagged.is_overdue
)

select * from final
