-- mart_national_councils: the councils side by side for the rollup period.
-- grain: one row per period + council
-- members_total, meetings_held (council + presidium + commissions), activities (all types),
--   appeals_received, letters_sent, npa_reviewed, publications: from mart_national_metrics and fct_activities
-- attendance_rate: attended / expected over the period's meetings (fct_attendance), null without meetings
-- appeals_on_time_rate: appeals answered in the period within their deadline / answered in the period
-- letters_answer_rate: letters sent in the period that have an answer / letters sent in the period
-- activities: null, not 0, where the council's activities register does not reach the period (no data)
-- activities_per_member: activities / members_total; rank_activity: its rank among councils (1 = most active)
-- Portable SQL, as mart_national_metrics: a metric per column by conditional aggregation, not pivot.
with national_period as (
    select
        period,
        cast(date_from as date) as date_from,
        cast(date_to as date) as date_to
    from cfg_national_period
),

council_names as (
    -- One row per council: its export has one councils row; min() is the same on every engine.
    select council, min(name) as name from councils group by council
),

metric_columns as (
    select
        metrics.council as council,
        sum(case when metrics.metric = 'members_total' then metrics.value end) as members_total,
        sum(case when metrics.metric = 'general_meetings' then metrics.value end) as general_meetings,
        sum(case when metrics.metric = 'presidium_meetings' then metrics.value end) as presidium_meetings,
        sum(case when metrics.metric = 'commission_meetings' then metrics.value end) as commission_meetings,
        sum(case when metrics.metric = 'appeals_received' then metrics.value end) as appeals_received,
        sum(case when metrics.metric = 'letters_sent' then metrics.value end) as letters_sent,
        sum(case when metrics.metric = 'npa_reviewed' then metrics.value end) as npa_reviewed,
        sum(case when metrics.metric = 'publications' then metrics.value end) as publications
    from mart_national_metrics as metrics
    group by metrics.council
),

attendance_rates as (
    select
        attendance.council as council,
        cast(count(case when attendance.is_expected and attendance.attended then 1 end) as double)
            / nullif(count(case when attendance.is_expected then 1 end), 0) as attendance_rate
    from fct_attendance as attendance
    cross join national_period
    where attendance.meeting_date between national_period.date_from and national_period.date_to
    group by attendance.council
),

activity_counts as (
    select activities.council as council, count(*) as activities
    from fct_activities as activities
    cross join national_period
    where activities.date_start between national_period.date_from and national_period.date_to
    group by activities.council
),

activities_covered as (
    -- the councils whose activities register reaches the period (int_metric_coverage, the council's own spans)
    select distinct coverage.council as council
    from int_metric_coverage as coverage
    cross join national_period
    where coverage.register = 'activities'
        and (coverage.reach_from is null or coverage.reach_from <= national_period.date_to)
        and coverage.reach_to >= national_period.date_from
),

appeal_rates as (
    select
        appeals.council as council,
        cast(count(case when appeals.answered_on_time then 1 end) as double) / nullif(count(*), 0) as appeals_on_time_rate
    from fct_appeals as appeals
    cross join national_period
    where appeals.answered_on between national_period.date_from and national_period.date_to
    group by appeals.council
),

letter_rates as (
    select
        letters.council as council,
        cast(count(case when letters.answered_on is not null then 1 end) as double) / nullif(count(*), 0) as letters_answer_rate
    from fct_letters as letters
    cross join national_period
    where letters.sent_on between national_period.date_from and national_period.date_to
    group by letters.council
),

joined as (
    select
        national_period.period as period,
        council_names.council as council,
        council_names.name as name,
        metric_columns.members_total as members_total,
        metric_columns.general_meetings + metric_columns.presidium_meetings + metric_columns.commission_meetings as meetings_held,
        attendance_rates.attendance_rate as attendance_rate,
        case when activities_covered.council is not null then cast(coalesce(activity_counts.activities, 0) as bigint) end as activities,
        metric_columns.appeals_received as appeals_received,
        appeal_rates.appeals_on_time_rate as appeals_on_time_rate,
        metric_columns.letters_sent as letters_sent,
        letter_rates.letters_answer_rate as letters_answer_rate,
        metric_columns.npa_reviewed as npa_reviewed,
        metric_columns.publications as publications,
        case when activities_covered.council is not null then cast(coalesce(activity_counts.activities, 0) as double) end
            / nullif(metric_columns.members_total, 0) as activities_per_member
    from council_names
    cross join national_period
    inner join metric_columns on metric_columns.council = council_names.council
    left join attendance_rates on attendance_rates.council = council_names.council
    left join activity_counts on activity_counts.council = council_names.council
    left join activities_covered on activities_covered.council = council_names.council
    left join appeal_rates on appeal_rates.council = council_names.council
    left join letter_rates on letter_rates.council = council_names.council
),

final as (
    select
        joined.period as period,
        joined.council as council,
        joined.name as name,
        joined.members_total as members_total,
        joined.meetings_held as meetings_held,
        joined.attendance_rate as attendance_rate,
        joined.activities as activities,
        joined.appeals_received as appeals_received,
        joined.appeals_on_time_rate as appeals_on_time_rate,
        joined.letters_sent as letters_sent,
        joined.letters_answer_rate as letters_answer_rate,
        joined.npa_reviewed as npa_reviewed,
        joined.publications as publications,
        joined.activities_per_member as activities_per_member,
        rank() over (partition by joined.period order by joined.activities_per_member desc nulls last) as rank_activity
    from joined
)

select * from final
