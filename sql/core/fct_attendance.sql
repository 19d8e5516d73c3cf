-- fct_attendance: who was expected at each meeting and what happened.
-- grain: one row per meeting_id + member_id
-- expected: the member belonged to the meeting's body on its date — council: every member;
--   presidium: chair, deputy chair, secretary, commission chairs; commission N: its members.
--   A member who joined in October is not expected in May.
-- status: as recorded; `unknown` when an expected member has no record.
-- attended: present, online, late or left_early (online counts unless the config says otherwise).
with meetings as (
    select * from fct_meetings
),

members as (
    select * from dim_members
),

recorded as (
    select *
    from int_attendance_resolved
    where resolution = 'matched'
    qualify row_number() over (partition by meeting_id, member_id order by source_file, source_row) = 1
),

expected as (
    select
        meetings.meeting_id,
        members.member_id,
    from meetings
    join members
        on is_member_on(members.joined_on, members.left_on, meetings.meeting_date)
        and (
            meetings.body_kind = 'council'
            or (meetings.body_kind = 'presidium' and members.in_presidium)
            or (meetings.body_kind = 'commission' and members.commission = meetings.commission)
        )
),

joined as (
    select
        coalesce(expected.meeting_id, recorded.meeting_id) as meeting_id,
        coalesce(expected.member_id, recorded.member_id) as member_id,
        expected.member_id is not null as is_expected,
        recorded.member_id is not null as is_recorded,
        coalesce(recorded.status, 'unknown') as status,
        recorded.note,
        recorded.source_file,
        recorded.source_sheet,
        recorded.source_row,
    from expected
    full outer join recorded
        on expected.meeting_id = recorded.meeting_id
        and expected.member_id = recorded.member_id
),

final as (
    select
        joined.*,
        meetings.meeting_date,
        meetings.body_kind,
        meetings.body,
        joined.status in ('present', 'late', 'left_early')
            or (joined.status = 'online' and getvariable('online_counts_as_present')) as attended,
    from joined
    join meetings using (meeting_id)
)

select * from final
