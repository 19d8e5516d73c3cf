-- fct_appeals: one row per appeal, without personal data, with its deadline in working days.
-- grain: one row per appeal_id + year of received_on: registration numbers start again each
--   year, so №1 of 2024 (in 2024/appeals.csv) and №1 of 2025 are two appeals; the same number
--   received in the same year given twice (a quarterly and a yearly register) is one appeal, from
--   its first row (file, then row), and listed by the appeals_unique check
-- due_on: the appeal_working_days-th working day after received_on (15 by default; Administrative
--   Procedure Code art. 76), or extended_to when an extension was recorded (up to deadlines.appeal_extension_months of the config,
--   two by default: the check appeals_extension_within_two_months)
-- answer_working_days: working days from received_on to answered_on (the day received not counted)
-- answered_on_time: answered_on <= due_on
-- handled_by_member_id: the member handled_by names (an id or a name in any form), on the day the
--   appeal was received (int_member_refs); null when it names none or several
-- is_closed_unanswered: closed or redirected with no answer date
with appeals as (
    select * from stg_appeals
),

member_refs as (
    select * from int_member_refs
),

deduplicated as (
    select *
    from appeals
    qualify row_number() over (partition by appeal_id, year(received_on) order by source_file, source_row) = 1
),

with_deadline as (
    select
        deduplicated.*,
        working_days_after(deduplicated.received_on, getvariable('appeal_working_days')) as base_due_on,
        working_days_between(deduplicated.received_on, deduplicated.answered_on) as answer_working_days,
    from deduplicated
),

final as (
    select
        with_deadline.*,
        coalesce(with_deadline.extended_to, with_deadline.base_due_on) as due_on,
        with_deadline.answered_on <= coalesce(with_deadline.extended_to, with_deadline.base_due_on) as answered_on_time,
        with_deadline.answered_on is null and with_deadline.status in ('closed', 'redirected') as is_closed_unanswered,
        member_refs.member_id as handled_by_member_id,
    from with_deadline
    left join member_refs
        on member_refs.name_ref = with_deadline.handled_by
        and member_refs.on_date is not distinct from with_deadline.received_on
)

select * from final
