-- mart_commission_kpi: each commission's work in the period.
-- grain: one row per period + commission (commissions of the config and of the members register)
-- name: the commission's name from the config
-- members: members of the commission on the period's last day
-- meetings: meetings the commission held in the period
-- activities: activities of the commission that started in the period (by type: mart_commission_summary)
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
--   share of them answered by their due date (fct_appeals: appeal_working_days, 15 by default, or the
--   recorded extension), as in mart_appeals
-- members, meetings, activities, recommendations_sent, appeals_received, appeals_answered: as
--   int_commission_figures defines them (mart_commission_summary shows the same)
-- attendance_rate: its members' attended / expected meetings (all bodies, as in mart_member_attendance)
-- own_meetings_attendance_rate: attended / expected at the commission's own meetings
with figures as (
    select * from int_commission_figures
),

plan_items as (
    select * from int_plan_items
),

letter_flags as (
    select * from int_letter_flags
),

member_attendance as (
    select * from mart_member_attendance
),

attendance as (
    select * from fct_attendance
),

plan_counts as (
    select figures.period, figures.commission, count(*) as plan_items, count(*) filter (where plan_items.is_done) as plan_done
    from figures
    join plan_items
        on plan_items.commission = figures.commission
        and plan_items.quarter_start >= figures.date_from
        and plan_items.quarter_end <= figures.date_to
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

attendance_counts as (
    select period, commission, sum(attended) as attended, sum(expected) as expected
    from member_attendance
    where body = 'all' and commission is not null
    group by all
),

own_meeting_attendance as (
    select
        figures.period,
        figures.commission,
        count(*) filter (where attendance.attended) as attended,
        count(*) as expected,
    from figures
    join attendance
        on attendance.is_expected
        and attendance.body_kind = 'commission'
        and attendance.body = 'commission ' || figures.commission
        and attendance.meeting_date between figures.date_from and figures.date_to
    group by all
),

final as (
    select
        figures.period,
        figures.commission,
        figures.name,
        figures.members,
        figures.meetings,
        figures.activities,
        coalesce(plan_counts.plan_items, 0) as plan_items,
        coalesce(plan_counts.plan_done, 0) as plan_done,
        plan_counts.plan_done / nullif(plan_counts.plan_items, 0) as plan_fulfilment,
        figures.recommendations_sent,
        coalesce(letter_counts.letters_sent, 0) as letters_sent,
        coalesce(letter_counts.letters_answered, 0) as letters_answered,
        letter_counts.letters_answered / nullif(letter_counts.letters_sent, 0) as answer_rate,
        figures.appeals_received,
        figures.appeals_answered,
        figures.appeals_answered_on_time / nullif(figures.appeals_answered, 0) as appeals_on_time_rate,
        attendance_counts.attended / nullif(attendance_counts.expected, 0) as attendance_rate,
        own_meeting_attendance.attended / nullif(own_meeting_attendance.expected, 0) as own_meetings_attendance_rate,
    from figures
    left join plan_counts using (period, commission)
    left join letter_counts using (period, commission)
    left join attendance_counts using (period, commission)
    left join own_meeting_attendance using (period, commission)
)

select * from final
