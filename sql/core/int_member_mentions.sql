-- int_member_mentions: every place a register names a member, as written.
-- grain: one row per mention — the member of an attendance row; each name in an activity's
--   participants (split on `;`, `,`, new lines and a lower-case "и"/"және" between names) and its led_by; handled_by of appeals and
--   letters; author of NPA reviews
-- name_ref: the text as written, trimmed
-- on_date: the day the mention is about (meeting, activity start, appeal received, letter sent,
--   review done or received), which tells namesakes apart by membership (int_member_refs); the
--   models that look a mention up (int_attendance_resolved, fct_appeals, fct_letters,
--   fct_npa_reviews) join on the same date, so a change here is a change there
-- id_member_id: the member whose id this is — case, spaces, Cyrillic letters that look Latin, a
--   list's number and a note in brackets ignored ("m 07", Cyrillic "М07", "2. M07 (модератор)"
--   are M07) — when exactly one member's id reads so. The other
--   mentions are names: pipelines/resolveNames.ts resolves each distinct one (int_name_matches).
with attendance as (
    select * from stg_attendance
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from stg_activities
),

appeals as (
    select * from stg_appeals
),

letters as (
    select * from stg_letters
),

npa_reviews as (
    select * from stg_npa_reviews
),

members as (
    select * from dim_members
),

mentions as (
    select
        'attendance' as register, 'member' as column_name, attendance.meeting_id as record_id,
        attendance.member_ref as name_ref, meetings.meeting_date as on_date,
        attendance.source_file, attendance.source_sheet, attendance.source_row, attendance.source_line,
    from attendance
    left join meetings using (meeting_id)
    union all
    select 'activities', 'participants', activity_id, trim(participant), date_start, source_file, source_sheet, source_row, source_line
    from activities, unnest(regexp_split_to_array(participants, '[;,\n]|\s+(?:и|және)\s+')) as split(participant)
    where participants is not null
    union all
    select 'activities', 'led_by', activity_id, led_by, date_start, source_file, source_sheet, source_row, source_line
    from activities
    where led_by is not null
    union all
    select 'appeals', 'handled_by', appeal_id, handled_by, received_on, source_file, source_sheet, source_row, null
    from appeals
    where handled_by is not null
    union all
    select 'letters', 'handled_by', letter_id, handled_by, sent_on, source_file, source_sheet, source_row, null
    from letters
    where handled_by is not null
    union all
    select 'npa_reviews', 'author', npa_id, author, coalesce(reviewed_on, received_on), source_file, source_sheet, source_row, null
    from npa_reviews
    where author is not null
),

member_ids as (
    select
        member_id_key(member_id) as id_key,
        any_value(member_id) as member_id,
    from members
    group by id_key
    having count(*) = 1
),

-- the id a cell may hold inside a list's number and a note: "2. M02 (модератор)" is M02
keyed as (
    select
        *,
        member_id_key(regexp_replace(name_ref, '^\d+[.)]\s+|[(\[][^)\]]*[)\]]', '', 'g')) as id_key,
    from mentions
    where name_ref <> ''
),

final as (
    select
        keyed.* exclude (id_key),
        member_ids.member_id as id_member_id,
    from keyed
    left join member_ids using (id_key)
)

select * from final
