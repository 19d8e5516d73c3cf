-- mart_commission_kpi: each commission's work in the period.
-- grain: one row per period + commission (commissions of the config and of the members register)
-- name: the commission's name from the config
-- members: members of the commission on the period's last day
-- meetings: meetings the commission held in the period
-- activities: activities of the commission that started in the period (by type: mart_commission_activities)
-- plan_items: work-plan items of the commission whose planned quarter lies inside the period
-- plan_done: of those, items with an activity of the same commission and type started within the
--   planned quarter (and targeting the planned body, when the plan names one)
-- plan_fulfilment: plan_done / plan_items (null without plan items)
-- recommendations_sent: activities of the commission started in the period with recommendations
-- letters_sent: letters sent in the period on behalf of the commission (the letter's commission,
--   else its related appeal's, else that of the member who handled it)
-- letters_answered: of those, answered on or before as_of (period's last day, or today)
-- answer_rate: letters_answered / letters_sent — the answer rate of the bodies it addressed
-- appeals_received: appeals assigned to the commission received in the period
-- appeals_answered: appeals of the commission answered in the period; appeals_on_time_rate: the
--   share of them answered within 15 working days (or the recorded extension), as in mart_appeals
-- attendance_rate: its members' attended / expected meetings (all bodies, as in mart_member_attendance)
-- own_meetings_attendance_rate: attended / expected at the commission's own meetings
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

plan_items as (
    select * from int_plan_items
),

letter_flags as (
    select * from int_letter_flags
),

appeal_flags as (
    select * from int_appeal_flags
),

member_attendance as (
    select * from mart_member_attendance
),

attendance as (
    select * from fct_attendance
),

commission_list as (
    select commission, name from commissions
    union
    select distinct members.commission, null as name
    from members
    where members.commission is not null
        and members.commission not in (select commission from commissions)
),

base as (
    select periods.period, periods.date_from, periods.date_to, commission_list.commission, commission_list.name
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
        count(*) filter (where nullif(trim(activities.recommendations), '') is not null) as recommendations_sent,
    from base
    join activities
        on activities.commission = base.commission
        and activities.date_start between base.date_from and base.date_to
    group by all
),

plan_counts as (
    select base.period, base.commission, count(*) as plan_items, count(*) filter (where plan_items.is_done) as plan_done
    from base
    join plan_items
        on plan_items.commission = base.commission
        and plan_items.quarter_start >= base.date_from
        and plan_items.quarter_end <= base.date_to
    group by all
),

letter_counts as (
    select
        period,
        commission,
        count(*) filter (where is_sent) as letters_sent,
        count(*) filter (where is_answered) as letters_answered,
    from letter_flags
    where commission is not null
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

attendance_counts as (
    select period, commission, sum(attended) as attended, sum(expected) as expected
    from member_attendance
    where body = 'all' and commission is not null
    group by all
),

own_meeting_attendance as (
    select
        base.period,
        base.commission,
        count(*) filter (where attendance.attended) as attended,
        count(*) as expected,
    from base
    join attendance
        on attendance.is_expected
        and attendance.body_kind = 'commission'
        and attendance.body = 'commission ' || base.commission
        and attendance.meeting_date between base.date_from and base.date_to
    group by all
),

final as (
    select
        base.period,
        base.commission,
        base.name,
        coalesce(member_counts.members, 0) as members,
        coalesce(meeting_counts.meetings, 0) as meetings,
        coalesce(activity_counts.activities, 0) as activities,
        coalesce(plan_counts.plan_items, 0) as plan_items,
        coalesce(plan_counts.plan_done, 0) as plan_done,
        plan_counts.plan_done / nullif(plan_counts.plan_items, 0) as plan_fulfilment,
        coalesce(activity_counts.recommendations_sent, 0) as recommendations_sent,
        coalesce(letter_counts.letters_sent, 0) as letters_sent,
        coalesce(letter_counts.letters_answered, 0) as letters_answered,
        letter_counts.letters_answered / nullif(letter_counts.letters_sent, 0) as answer_rate,
        coalesce(appeal_counts.appeals_received, 0) as appeals_received,
        coalesce(appeal_counts.appeals_answered, 0) as appeals_answered,
        appeal_counts.appeals_answered_on_time / nullif(appeal_counts.appeals_answered, 0) as appeals_on_time_rate,
        attendance_counts.attended / nullif(attendance_counts.expected, 0) as attendance_rate,
        own_meeting_attendance.attended / nullif(own_meeting_attendance.expected, 0) as own_meetings_attendance_rate,
    from base
    left join member_counts using (period, commission)
    left join meeting_counts using (period, commission)
    left join activity_counts using (period, commission)
    left join plan_counts using (period, commission)
    left join letter_counts using (period, commission)
    left join appeal_counts using (period, commission)
    left join attendance_counts using (period, commission)
    left join own_meeting_attendance using (period, commission)
)

select * from final
