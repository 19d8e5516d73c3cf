-- mart_member_activities: the activities each member took part in or led, for the member sheet.
-- grain: one row per period + member_id + activity_id + role (activities that started in the period)
with activities as (
    select * from mart_activities
),

participants as (
    select * from fct_activity_participants
),

final as (
    select
        activities.period,
        participants.member_id,
        participants.role,
        activities.activity_id,
        activities.type,
        activities.date_start,
        activities.date_end,
        activities.title,
        activities.commission,
    from participants
    join activities using (activity_id)
)

select * from final
