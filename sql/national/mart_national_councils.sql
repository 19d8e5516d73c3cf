-- mart_national_councils: the councils side by side for the rollup period.
-- grain: one row per period + council
-- members_total, meetings_held (council + presidium + commissions), activities (all types),
--   appeals_received, letters_sent, npa_reviewed, publications: from mart_national_metrics and fct_activities
-- attendance_rate: attended / expected over the period's meetings (fct_attendance), null without meetings
-- appeals_on_time_rate: appeals answered in the period within their deadline / answered in the period
-- letters_answer_rate: letters sent in the period that have an answer / letters sent in the period
-- activities_per_member: activities / members_total; rank_activity: its rank among councils (1 = most active)
with period as (
    select * from cfg_national_period
),

councils as (
    select council, any_value(name) as name from councils group by council
),

metrics as (
    select * from mart_national_metrics
),

attendance as (
    select * from fct_attendance
),

activities as (
    select * from fct_activities
),

appeals as (
    select * from fct_appeals
),

letters as (
    select * from fct_letters
),

metric_columns as (
    pivot (select council, metric, value from metrics)
    on metric in ('members_total', 'general_meetings', 'presidium_meetings', 'commission_meetings',
        'appeals_received', 'letters_sent', 'npa_reviewed', 'publications')
    using sum(value)
),

attendance_rates as (
    select
        attendance.council,
        count(*) filter (where attendance.is_expected and attendance.attended) / nullif(count(*) filter (where attendance.is_expected), 0) as attendance_rate,
    from attendance
    cross join period
    where attendance.meeting_date between period.date_from and period.date_to
    group by all
),

activity_counts as (
    select activities.council, count(*) as activities,
    from activities
    cross join period
    where activities.date_start between period.date_from and period.date_to
    group by all
),

appeal_rates as (
    select
        appeals.council,
        count(*) filter (where appeals.answered_on_time) / nullif(count(*), 0) as appeals_on_time_rate,
    from appeals
    cross join period
    where appeals.answered_on between period.date_from and period.date_to
    group by all
),

letter_rates as (
    select
        letters.council,
        count(*) filter (where letters.answered_on is not null) / nullif(count(*), 0) as letters_answer_rate,
    from letters
    cross join period
    where letters.sent_on between period.date_from and period.date_to
    group by all
),

joined as (
    select
        period.period,
        councils.council,
        councils.name,
        metric_columns.members_total,
        metric_columns.general_meetings + metric_columns.presidium_meetings + metric_columns.commission_meetings as meetings_held,
        attendance_rates.attendance_rate,
        coalesce(activity_counts.activities, 0) as activities,
        metric_columns.appeals_received,
        appeal_rates.appeals_on_time_rate,
        metric_columns.letters_sent,
        letter_rates.letters_answer_rate,
        metric_columns.npa_reviewed,
        metric_columns.publications,
        coalesce(activity_counts.activities, 0) / nullif(metric_columns.members_total, 0) as activities_per_member,
    from councils
    cross join period
    join metric_columns using (council)
    left join attendance_rates using (council)
    left join activity_counts using (council)
    left join appeal_rates using (council)
    left join letter_rates using (council)
),

final as (
    select
        *,
        rank() over (partition by period order by activities_per_member desc nulls last) as rank_activity,
    from joined
)

select * from final
