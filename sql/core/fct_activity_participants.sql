-- fct_activity_participants: members who took part in or led an activity.
-- grain: one row per activity_id + member_id + role (participant | lead)
-- participants are written as ids or names in any form, several in a cell (int_member_mentions), resolved on the activity's start date (int_member_refs); names that
--   match no member (guests, officials) are left out here, names that fit several members are
--   left out and listed by sql/checks/member_names_resolved.sql.
with activities as (
    select * from fct_activities
),

mentions as (
    select * from int_member_mentions where register = 'activities'
),

member_refs as (
    select * from int_member_refs
),

resolved as (
    select distinct
        activities.activity_id,
        member_refs.member_id,
        case mentions.column_name when 'led_by' then 'lead' else 'participant' end as role,
    from mentions
    -- the row fct_activities kept for that id, not a duplicate's
    join activities
        on activities.activity_id = mentions.record_id
        and activities.source_file = mentions.source_file
        and activities.source_sheet is not distinct from mentions.source_sheet
        and activities.source_row is not distinct from mentions.source_row
        and activities.source_line is not distinct from mentions.source_line
    join member_refs
        on member_refs.name_ref = mentions.name_ref
        and member_refs.on_date is not distinct from mentions.on_date
    where member_refs.resolution = 'matched'
)

select * from resolved
