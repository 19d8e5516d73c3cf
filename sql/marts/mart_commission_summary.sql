-- mart_commission_summary: each commission's work in the period — the secretariat's quarterly
-- summary and the dashboard's comparison of commissions.
-- grain: one row per period + commission (every commission of the config)
-- meetings: meetings of that commission held in the period
-- monitorings, public_hearings, report_hearings, round_tables, dialog_platforms, activities:
--   activities of the commission (of that type / all types) that started in the period
-- appeals_received (by received_on), appeals_answered (by answered_on): appeals assigned to the commission
-- members: members of the commission on the period's last day
with periods as (
    select * from int_periods where period_role = 'current'
),

commissions as (
    select * from cfg_commissions
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

appeals as (
    select * from fct_appeals
),

members as (
    select * from dim_members
),

meeting_counts as (
    select periods.period, meetings.commission, count(*) as meetings,
    from meetings
    join periods on meetings.meeting_date between periods.date_from and periods.date_to
    where meetings.body_kind = 'commission'
    group by all
),

activity_counts as (
    select
        periods.period,
        activities.commission,
        count(*) as activities,
        count(*) filter (where activities.type = 'monitoring') as monitorings,
        count(*) filter (where activities.type = 'public_hearing') as public_hearings,
        count(*) filter (where activities.type = 'report_hearing') as report_hearings,
        count(*) filter (where activities.type = 'round_table') as round_tables,
        count(*) filter (where activities.type = 'dialog_platform') as dialog_platforms,
    from activities
    join periods on activities.date_start between periods.date_from and periods.date_to
    group by all
),

appeal_counts as (
    select
        periods.period,
        appeals.commission,
        count(*) filter (where appeals.received_on between periods.date_from and periods.date_to) as appeals_received,
        count(*) filter (where appeals.answered_on between periods.date_from and periods.date_to) as appeals_answered,
    from appeals
    cross join periods
    group by all
),

member_counts as (
    select periods.period, members.commission, count(*) as members,
    from members
    join periods
        on is_member_on(members.joined_on, members.left_on, periods.date_to)
    group by all
),

final as (
    select
        periods.period,
        commissions.commission,
        commissions.name as commission_name,
        coalesce(member_counts.members, 0) as members,
        coalesce(meeting_counts.meetings, 0) as meetings,
        coalesce(activity_counts.activities, 0) as activities,
        coalesce(activity_counts.monitorings, 0) as monitorings,
        coalesce(activity_counts.public_hearings, 0) as public_hearings,
        coalesce(activity_counts.report_hearings, 0) as report_hearings,
        coalesce(activity_counts.round_tables, 0) as round_tables,
        coalesce(activity_counts.dialog_platforms, 0) as dialog_platforms,
        coalesce(appeal_counts.appeals_received, 0) as appeals_received,
        coalesce(appeal_counts.appeals_answered, 0) as appeals_answered,
    from commissions
    cross join periods
    left join meeting_counts on meeting_counts.period = periods.period and meeting_counts.commission = commissions.commission
    left join activity_counts on activity_counts.period = periods.period and activity_counts.commission = commissions.commission
    left join appeal_counts on appeal_counts.period = periods.period and appeal_counts.commission = commissions.commission
    left join member_counts on member_counts.period = periods.period and member_counts.commission = commissions.commission
)

select * from final
