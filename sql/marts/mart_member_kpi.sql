-- mart_member_kpi: each member's KPI for the period, with its components next to the score.
-- grain: one row per period + member_id (members who belonged to the council at some point in the period)
-- membership_share: the share of the period's days the member belonged to the council
-- Components (counts over the period):
--   attendance_rate: attended / expected meetings, all bodies (as in mart_member_attendance)
--   activities_participated, activities_led: activities that started in the period in which the
--     member took part / which the member led
--   appeals_handled: appeals received in the period whose handled_by names the member
--   letters_handled: letters sent in the period whose handled_by names the member
--   npa_conclusions: NPA reviews with a result, reviewed in the period, whose author names the member
--   Publications are not a component: no register says who wrote a publication (media counts
--   per platform and month only).
-- Normalisation (the *_component columns, each 0..1): a count is pro-rated for partial membership
--   (divided by membership_share) and divided by the council's highest pro-rated count;
--   attendance_rate is already a share and is used as it is (0 when nothing was expected).
-- score: 100 × Σ(weight × component) / Σ(weight), weights from kenes.config.json "kpi_weights"
--   (table cfg_kpi_weights; components attendance, activities_participated, activities_led,
--   appeals_handled, letters_handled, npa_conclusions)
-- rank: 1 = highest score in the council (ties share a rank); commission_rank: the same within
--   the member's commission (null without a commission)
-- percentile: 100 × the share of the other members of the council with a lower score
--   (percent rank); commission_percentile: the same within the commission; null for a group
--   of fewer than six members
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

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

npa_reviews as (
    select * from fct_npa_reviews
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
        on was_member_during(members.joined_on, members.left_on, periods.date_from, periods.date_to)
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

appeal_counts as (
    select periods.period, appeals.handled_by_member_id as member_id, count(*) as appeals_handled
    from appeals
    join periods on appeals.received_on between periods.date_from and periods.date_to
    where appeals.handled_by_member_id is not null
    group by all
),

letter_counts as (
    select periods.period, letters.handled_by_member_id as member_id, count(*) as letters_handled
    from letters
    join periods on letters.sent_on between periods.date_from and periods.date_to
    where letters.handled_by_member_id is not null
    group by all
),

npa_counts as (
    select periods.period, npa_reviews.author_member_id as member_id, count(*) as npa_conclusions
    from npa_reviews
    join periods on npa_reviews.reviewed_on between periods.date_from and periods.date_to
    where npa_reviews.author_member_id is not null and npa_reviews.result <> 'pending'
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
        coalesce(appeal_counts.appeals_handled, 0) as appeals_handled,
        coalesce(letter_counts.letters_handled, 0) as letters_handled,
        coalesce(npa_counts.npa_conclusions, 0) as npa_conclusions,
    from members_in_period
    left join attendance using (period, member_id)
    left join activity_counts using (period, member_id)
    left join appeal_counts using (period, member_id)
    left join letter_counts using (period, member_id)
    left join npa_counts using (period, member_id)
),

prorated as (
    select
        *,
        -- a member who belonged for a day is not multiplied a hundredfold: at least 1% of the period
        activities_participated / greatest(membership_share, 0.01) as participated_prorated,
        activities_led / greatest(membership_share, 0.01) as led_prorated,
        appeals_handled / greatest(membership_share, 0.01) as appeals_prorated,
        letters_handled / greatest(membership_share, 0.01) as letters_prorated,
        npa_conclusions / greatest(membership_share, 0.01) as npa_prorated,
    from components
),

normalised as (
    select
        *,
        coalesce(attendance_rate, 0) as attendance_component,
        coalesce(participated_prorated / nullif(max(participated_prorated) over (partition by period), 0), 0) as participated_component,
        coalesce(led_prorated / nullif(max(led_prorated) over (partition by period), 0), 0) as led_component,
        coalesce(appeals_prorated / nullif(max(appeals_prorated) over (partition by period), 0), 0) as appeals_component,
        coalesce(letters_prorated / nullif(max(letters_prorated) over (partition by period), 0), 0) as letters_component,
        coalesce(npa_prorated / nullif(max(npa_prorated) over (partition by period), 0), 0) as npa_component,
    from prorated
),

weight_row as (
    select
        coalesce(sum(weight) filter (where component = 'attendance'), 0) as w_attendance,
        coalesce(sum(weight) filter (where component = 'activities_participated'), 0) as w_participated,
        coalesce(sum(weight) filter (where component = 'activities_led'), 0) as w_led,
        coalesce(sum(weight) filter (where component = 'appeals_handled'), 0) as w_appeals,
        coalesce(sum(weight) filter (where component = 'letters_handled'), 0) as w_letters,
        coalesce(sum(weight) filter (where component = 'npa_conclusions'), 0) as w_npa,
    from weights
),

scored as (
    select
        normalised.*,
        100 * (
            w_attendance * attendance_component
            + w_participated * participated_component
            + w_led * led_component
            + w_appeals * appeals_component
            + w_letters * letters_component
            + w_npa * npa_component
        ) / nullif(w_attendance + w_participated + w_led + w_appeals + w_letters + w_npa, 0) as score,
    from normalised
    cross join weight_row
),

ranked as (
    select
        *,
        cast(rank() over (partition by period order by score desc) as integer) as rank,
        case when commission is not null
            then cast(rank() over (partition by period, commission order by score desc) as integer)
        end as commission_rank,
        case when count(*) over (partition by period) >= 6
            then round(100 * percent_rank() over (partition by period order by score), 1)
        end as percentile,
        case when commission is not null and count(*) over (partition by period, commission) >= 6
            then round(100 * percent_rank() over (partition by period, commission order by score), 1)
        end as commission_percentile,
    from scored
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
        appeals_handled,
        letters_handled,
        npa_conclusions,
        round(attendance_component, 3) as attendance_component,
        round(participated_component, 3) as participated_component,
        round(led_component, 3) as led_component,
        round(appeals_component, 3) as appeals_component,
        round(letters_component, 3) as letters_component,
        round(npa_component, 3) as npa_component,
        round(score, 1) as score,
        rank,
        percentile,
        commission_rank,
        commission_percentile,
    from ranked
)

select * from final
