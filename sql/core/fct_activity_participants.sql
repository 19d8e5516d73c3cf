-- fct_activity_participants: members who took part in or led an activity.
-- grain: one row per activity_id + member_id + role (participant | lead)
-- participants are written as ids or names separated by `;`, `,` or new lines;
-- names that match no member (guests, officials) are left out here.
with activities as (
    select * from fct_activities
),

members as (
    select * from dim_members
),

mentions as (
    select activity_id, 'participant' as role, trim(unnest(regexp_split_to_array(participants, '[;,\n]'))) as member_ref
    from activities
    where participants is not null
    union all
    select activity_id, 'lead' as role, led_by as member_ref
    from activities
    where led_by is not null
),

resolved as (
    select distinct
        mentions.activity_id,
        members.member_id,
        mentions.role,
    from mentions
    join members
        on mentions.member_ref = members.member_id
        or regexp_replace(replace(lower(mentions.member_ref), 'ё', 'е'), '\s+', ' ', 'g') = members.name_key
)

select * from resolved
