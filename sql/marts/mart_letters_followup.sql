-- mart_letters_followup: the council's letters per addressed state body — sent, answered, overdue.
-- grain: one row per period + addressee (bodies written to in the period or with a letter overdue)
-- addressee: the body's id as written in the letters register; addressee_name, addressee_kind
--   from the bodies register when it is there
-- sent: letters sent in the period
-- answered: of those, answered on or before as_of (the period's last day, or today if the
--   period has not ended)
-- answer_rate: answered / sent (null when none was sent); answer_rate_low, answer_rate_high:
--   its 95% Wilson interval, wide where counts are small
-- answered_on_time: of those sent, answered by the 10th working day after sent_on (config
--   deadlines.letter_working_days; Law "Об общественном контроле", art. 13)
-- overdue: letters sent on or before as_of (in the period or earlier) still unanswered on as_of
--   although their due date has passed
-- oldest_overdue_working_days: working days past the due date, on as_of, of the longest-overdue
--   letter (null when none is overdue); the letters themselves: mart_letters_overdue
with letter_flags as (
    select * from int_letter_flags
),

by_addressee as (
    select
        period,
        addressee,
        any_value(addressee_name) as addressee_name,
        any_value(addressee_kind) as addressee_kind,
        count(*) filter (where is_sent) as sent,
        count(*) filter (where is_answered) as answered,
        count(*) filter (where is_sent and coalesce(answered_on_time, false)) as answered_on_time,
        count(*) filter (where is_overdue) as overdue,
        max(working_days_overdue) as oldest_overdue_working_days,
    from letter_flags
    group by period, addressee
),

with_rate as (
    select
        *,
        answered / nullif(sent, 0) as answer_rate,
        -- Wilson score interval, z = 1.96
        case when sent > 0 then
            (answered / sent + 1.96 ^ 2 / (2 * sent)
                - 1.96 * sqrt(answered / sent * (1 - answered / sent) / sent + 1.96 ^ 2 / (4 * sent ^ 2)))
            / (1 + 1.96 ^ 2 / sent)
        end as answer_rate_low,
        case when sent > 0 then
            (answered / sent + 1.96 ^ 2 / (2 * sent)
                + 1.96 * sqrt(answered / sent * (1 - answered / sent) / sent + 1.96 ^ 2 / (4 * sent ^ 2)))
            / (1 + 1.96 ^ 2 / sent)
        end as answer_rate_high,
    from by_addressee
),

final as (
    select
        period,
        addressee,
        addressee_name,
        addressee_kind,
        sent,
        answered,
        answer_rate,
        round(answer_rate_low, 3) as answer_rate_low,
        round(answer_rate_high, 3) as answer_rate_high,
        answered_on_time,
        overdue,
        oldest_overdue_working_days,
    from with_rate
)

select * from final
