-- mart_member_kpi: each member's KPI for the period, with its components.
-- grain: one row per period + member_id (members who belonged to the council at some point in the period)
-- Components:
--   attendance_rate: attended / expected meetings (all bodies)
--   activities_participated, activities_led: activities that started in the period
--     in which the member took part / which the member led
-- Normalisation: each count is pro-rated for partial membership (divided by the share of the
--   period the member belonged to the council) and divided by the council's maximum, so each
--   component lies in 0..1; attendance_rate is already a share.
-- score: 100 × Σ(weight × component) / Σ(weight), weights from kenes.config.json (cfg_kpi_weights)
-- rank: 1 = highest score in the council (ties share a rank)
with periods as (
    select * from int_periods where period_role = 'current'
),

members as (
    select * from dim_members
),

weights as (
    select * from cfg_kpi_weights
),

attendance as (
    select * from mart_member_attendance where body = 'all'
),

activities as (
    select * from fct_activities
),

participants as (
    select * from fct_activity_participants
),

members_in_period as (
    select
        periods.period,
        members.member_id,
        members.full_name,
        members.commission,
        (least(coalesce(members.left_on - 1, periods.date_to), periods.date_to)
            - greatest(coalesce(members.joined_on, periods.date_from), periods.date_from) + 1)
            / (periods.date_to - periods.date_from + 1) as membership_share,
    from members
    join periods
        on (members.joined_on is null or members.joined_on <= periods.date_to)
        and (members.left_on is null or members.left_on > periods.date_from)
),

activity_counts as (
    select
        periods.period,
        participants.member_id,
        count(distinct participants.activity_id) filter (where participants.role = 'participant') as activities_participated,
        count(distinct participants.activity_id) filter (where participants.role = 'lead') as activities_led,
    from participants
    join activities using (activity_id)
    join periods on activities.date_start between periods.date_from and periods.date_to
    group by all
),

components as (
    select
        members_in_period.*,
        coalesce(attendance.expected, 0) as meetings_expected,
        coalesce(attendance.attended, 0) as meetings_attended,
        attendance.attendance_rate,
        coalesce(activity_counts.activities_participated, 0) as activities_participated,
        coalesce(activity_counts.activities_led, 0) as activities_led,
        coalesce(activity_counts.activities_participated, 0) / greatest(membership_share, 0.01) as participated_prorated,
        coalesce(activity_counts.activities_led, 0) / greatest(membership_share, 0.01) as led_prorated,
    from members_in_period
    left join attendance using (period, member_id)
    left join activity_counts using (period, member_id)
),

normalised as (
    select
        *,
        coalesce(participated_prorated / nullif(max(participated_prorated) over (partition by period), 0), 0) as participated_norm,
        coalesce(led_prorated / nullif(max(led_prorated) over (partition by period), 0), 0) as led_norm,
    from components
),

scored as (
    select
        normalised.*,
        100 * (
            coalesce((select weight from weights where component = 'attendance'), 0) * coalesce(attendance_rate, 0)
            + coalesce((select weight from weights where component = 'activities_participated'), 0) * participated_norm
            + coalesce((select weight from weights where component = 'activities_led'), 0) * led_norm
        ) / nullif((select sum(weight) from weights), 0) as score,
    from normalised
),

final as (
    select
        period,
        member_id,
        full_name,
        commission,
        round(membership_share, 3) as membership_share,
        meetings_expected,
        meetings_attended,
        attendance_rate,
        activities_participated,
        activities_led,
        round(score, 1) as score,
        cast(rank() over (partition by period order by score desc) as integer) as rank,
    from scored
)

select * from final
