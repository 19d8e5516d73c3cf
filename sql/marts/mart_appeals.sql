-- mart_appeals: appeals to the council in the period — received, answered, on time, open.
-- grain: one row per period (breakdowns by applicant type, topic, district and commission:
--   mart_appeals_breakdown, with the same columns)
-- received: appeals with received_on in the period; individuals, legal_entities: of those, by
--   applicant type
-- answered: appeals with answered_on in the period (whenever received)
-- answered_on_time: of those, answered on or before the due date — the 15th working day after
--   received_on on the Kazakhstan calendar (config deadlines.appeal_working_days; Administrative
--   Procedure Code art. 76), or the extended date when an extension is recorded (extended_to)
-- on_time_rate: answered_on_time / answered (null when none was answered)
-- median_working_days: median working days from received_on to answered_on of those answered
-- open: received on or before as_of (the period's last day, or today if the period has not
--   ended) and not answered by then; closed or redirected without an answer date is not open
-- open_overdue: open appeals whose due date was before as_of
-- open_up_to_4_weeks, open_4_to_8_weeks, open_over_8_weeks: open appeals by age on as_of
--   (≤ 28 days, 29–56 days, more)
with periods as (
    select * from int_periods where period_role = 'current'
),

appeal_flags as (
    select * from int_appeal_flags
),

final as (
    select
        periods.period,
        count(*) filter (where appeal_flags.is_received) as received,
        count(*) filter (where appeal_flags.is_received and appeal_flags.applicant_type = 'individual') as individuals,
        count(*) filter (where appeal_flags.is_received and appeal_flags.applicant_type = 'legal_entity') as legal_entities,
        count(*) filter (where appeal_flags.is_answered) as answered,
        count(*) filter (where appeal_flags.is_answered_on_time) as answered_on_time,
        count(*) filter (where appeal_flags.is_answered_on_time) / nullif(count(*) filter (where appeal_flags.is_answered), 0) as on_time_rate,
        median(appeal_flags.answer_working_days) filter (where appeal_flags.is_answered) as median_working_days,
        count(*) filter (where appeal_flags.is_open) as open,
        count(*) filter (where appeal_flags.is_open_overdue) as open_overdue,
        count(*) filter (where appeal_flags.open_age_days <= 28) as open_up_to_4_weeks,
        count(*) filter (where appeal_flags.open_age_days between 29 and 56) as open_4_to_8_weeks,
        count(*) filter (where appeal_flags.open_age_days > 56) as open_over_8_weeks,
    from periods
    left join appeal_flags using (period)
    group by periods.period
)

select * from final
