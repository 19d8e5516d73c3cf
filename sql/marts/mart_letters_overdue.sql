-- mart_letters_overdue: the letters still waiting for an answer past their deadline, oldest first.
-- grain: one row per period + letter_id + sent_on (numbers start again each year: fct_letters)
-- overdue: sent on or before as_of (the period's last day, or today if the period has not ended),
--   unanswered on as_of, and the due date — the 10th working day after sent_on (config
--   deadlines.letter_working_days) — before as_of
-- working_days_overdue: working days from the due date to as_of
with letter_flags as (
    select * from int_letter_flags
),

final as (
    select
        period,
        letter_id,
        addressee,
        addressee_name,
        addressee_kind,
        commission,
        subject,
        sent_on,
        due_on,
        as_of,
        working_days_overdue,
        source_file,
        source_row,
    from letter_flags
    where is_overdue
)

select * from final
