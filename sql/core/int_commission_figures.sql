-- int_commission_figures: each commission's figures in the report period, defined once for the
--   marts that show them (mart_commission_summary: the quarterly summary and the dashboard's
--   comparison; mart_commission_kpi: the commissions' KPI sheet).
-- grain: one row per period + commission (the config's commissions, in_config, and any other the
--   members register names)
-- members: members of the commission on the period's last day
-- meetings: meetings of that commission held in the period
-- activities, monitorings, public_hearings, report_hearings, round_tables, dialog_platforms:
--   activities of the commission (all types / of that type) that started in the period
-- recommendations_sent: of those activities, the ones with recommendations
-- appeals_received (by received_on), appeals_answered (by answered_on): appeals assigned to the
--   commission (int_appeal_flags); appeals_answered_on_time: of those answered, by their due date
with periods as (
    select * from int_periods where period_role = 'current'
),

commissions as (
    select * from cfg_commissions
),

members as (
    select * from dim_members
),

meetings as (
    select * from fct_meetings
),

activities as (
    select * from fct_activities
),

appeal_flags as (
    select * from int_appeal_flags
),

commission_list as (
    select commission, name, true as in_config from commissions
    union
    select distinct members.commission, null as name, false as in_config
    from members
    where members.commission is not null
        and members.commission not in (select commission from commissions)
),

base as (
    select periods.period, periods.date_from, periods.date_to, commission_list.*
    from commission_list
    cross join periods
),

member_counts as (
    select base.period, base.commission, count(members.member_id) as members
    from base
    join members
        on members.commission = base.commission
        and is_member_on(members.joined_on, members.left_on, base.date_to)
    group by all
),

meeting_counts as (
    select base.period, base.commission, count(*) as meetings
    from base
    join meetings
        on meetings.body_kind = 'commission'
        and meetings.commission = base.commission
        and meetings.meeting_date between base.date_from and base.date_to
    group by all
),

activity_counts as (
    select
        base.period,
        base.commission,
        count(*) as activities,
        count(*) filter (where activities.type = 'monitoring') as monitorings,
        count(*) filter (where activities.type = 'public_hearing') as public_hearings,
        count(*) filter (where activities.type = 'report_hearing') as report_hearings,
        count(*) filter (where activities.type = 'round_table') as round_tables,
        count(*) filter (where activities.type = 'dialog_platform') as dialog_platforms,
        count(*) filter (where nullif(trim(activities.recommendations), '') is not null) as recommendations_sent,
    from base
    join activities
        on activities.commission = base.commission
        and activities.date_start between base.date_from and base.date_to
    group by all
),

appeal_counts as (
    select
        period,
        commission,
        count(*) filter (where is_received) as appeals_received,
        count(*) filter (where is_answered) as appeals_answered,
        count(*) filter (where is_answered_on_time) as appeals_answered_on_time,
    from appeal_flags
    where commission is not null
    group by all
),

final as (
    select
        base.period,
        base.date_from,
        base.date_to,
        base.commission,
        base.name,
        base.in_config,
        coalesce(member_counts.members, 0) as members,
        coalesce(meeting_counts.meetings, 0) as meetings,
        coalesce(activity_counts.activities, 0) as activities,
        coalesce(activity_counts.monitorings, 0) as monitorings,
        coalesce(activity_counts.public_hearings, 0) as public_hearings,
        coalesce(activity_counts.report_hearings, 0) as report_hearings,
        coalesce(activity_counts.round_tables, 0) as round_tables,
        coalesce(activity_counts.dialog_platforms, 0) as dialog_platforms,
        coalesce(activity_counts.recommendations_sent, 0) as recommendations_sent,
        coalesce(appeal_counts.appeals_received, 0) as appeals_received,
        coalesce(appeal_counts.appeals_answered, 0) as appeals_answered,
        coalesce(appeal_counts.appeals_answered_on_time, 0) as appeals_answered_on_time,
    from base
    left join member_counts using (period, commission)
    left join meeting_counts using (period, commission)
    left join activity_counts using (period, commission)
    left join appeal_counts using (period, commission)
)

select * from final
