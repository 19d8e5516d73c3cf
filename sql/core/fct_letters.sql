-- fct_letters: one row per letter to a state body, with the body, the commission and the deadline.
-- grain: one row per letter_id + year of sent_on (outgoing numbers start again each year; the
--   same number sent in the same year twice is one letter, from its first row)
-- related appeal: the appeal of that number received last on or before the letter was sent
-- addressee_name, addressee_kind: from the bodies register, matched by body_id or exact name
-- due_on: the letter_working_days-th working day after sent_on (10 by default; Law "Об общественном
--   контроле", art. 13)
-- answer_working_days: working days from sent_on to answered_on
-- answered_on_time: answered_on <= due_on
-- commission: as written, else the related appeal's commission, else the commission of the
--   member who handled the letter
-- handled_by_member_id: the member handled_by names (an id or a name in any form), on the day the
--   letter was sent (int_member_refs); null when it names none or several
with letters as (
    select * from stg_letters
),

bodies as (
    select * from dim_bodies
),

appeals as (
    select * from fct_appeals
),

members as (
    select * from dim_members
),

member_refs as (
    select * from int_member_refs
),

deduplicated as (
    select *
    from letters
    qualify row_number() over (partition by letter_id, year(sent_on) order by source_file, source_row) = 1
),

with_body as (
    select
        deduplicated.*,
        coalesce(bodies.name, deduplicated.addressee) as addressee_name,
        bodies.body_id as addressee_body_id,
        bodies.kind as addressee_kind,
    from deduplicated
    left join bodies
        on names_body(deduplicated.addressee, bodies.body_id, bodies.name)
    qualify row_number() over (partition by deduplicated.letter_id, year(deduplicated.sent_on) order by bodies.body_id) = 1
),

with_deadline as (
    select
        with_body.*,
        working_days_after(with_body.sent_on, getvariable('letter_working_days')) as due_on,
        working_days_between(with_body.sent_on, with_body.answered_on) as answer_working_days,
    from with_body
),

final as (
    select
        with_deadline.* exclude (commission),
        with_deadline.answered_on <= with_deadline.due_on as answered_on_time,
        member_refs.member_id as handled_by_member_id,
        coalesce(with_deadline.commission, appeals.commission, members.commission) as commission,
    from with_deadline
    left join member_refs
        on member_refs.name_ref = with_deadline.handled_by
        and member_refs.on_date is not distinct from with_deadline.sent_on
    left join appeals on appeals.appeal_id = trim(with_deadline.related_appeal)
    left join members on members.member_id = member_refs.member_id
    qualify row_number() over (
        partition by with_deadline.letter_id, year(with_deadline.sent_on)
        order by appeals.received_on <= with_deadline.sent_on desc nulls last, appeals.received_on desc
    ) = 1
)

select * from final
