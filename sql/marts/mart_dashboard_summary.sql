-- mart_dashboard_summary: the figures leadership asks for first, on one row, for the top of the dashboard.
-- grain: one row per period
-- general_meetings, presidium_meetings, commission_meetings, monitorings, public_hearings,
--   report_hearings, npa_reviewed, npa_with_remarks, appeals_received, letters_sent, letters_answered,
--   members_total: as in mart_period_metrics (null where the register holds no records for the period)
-- council_attendance_rate: members present / members expected, summed over the meetings of the
--   council and its presidium (mart_meetings); null when none was held
-- commission_attendance_rate: the same over the commissions' meetings
-- quorum_missed: meetings of any body held without a quorum (mart_meetings.quorum_met false)
-- appeals_answered, appeals_answered_on_time, appeals_on_time_rate: as in mart_appeals
-- letters_overdue: letters still unanswered past their deadline on as_of, all addressees
--   (mart_letters_followup.overdue summed); letters_overdue_bodies: addressees with one or more
-- mandatory_bodies: bodies the council must hear (mart_mandatory_coverage); mandatory_heard: of
--   those, heard in the period; mandatory_coverage_rate: mandatory_heard / mandatory_bodies (null
--   when none is marked mandatory)
-- No data is not zero: a count of a register that holds no records for the period (its span,
--   int_register_coverage, does not reach it, by the rule int_period_metric_values applies to the
--   report period) is null — quorum_missed (meetings), appeals_* (appeals), letters_overdue* (letters),
--   mandatory_heard and mandatory_coverage_rate (activities: the hearings)
with periods as (
    select * from int_periods where period_role = 'current'
),

covered as (
    select periods.period, coverage.register
    from periods
    join int_register_coverage as coverage
        on (coverage.reach_from is null or coverage.reach_from <= periods.date_to)
        and coverage.reach_to >= periods.date_from
),

covers as (
    select
        periods.period,
        bool_or(covered.register = 'meetings') is true as meetings,
        bool_or(covered.register = 'appeals') is true as appeals,
        bool_or(covered.register = 'letters') is true as letters,
        bool_or(covered.register = 'activities') is true as activities,
    from periods
    left join covered using (period)
    group by periods.period
),

metrics as (
    select
        period,
        max(value) filter (where metric = 'general_meetings') as general_meetings,
        max(value) filter (where metric = 'presidium_meetings') as presidium_meetings,
        max(value) filter (where metric = 'commission_meetings') as commission_meetings,
        max(value) filter (where metric = 'monitorings') as monitorings,
        max(value) filter (where metric = 'public_hearings') as public_hearings,
        max(value) filter (where metric = 'report_hearings') as report_hearings,
        max(value) filter (where metric = 'npa_reviewed') as npa_reviewed,
        max(value) filter (where metric = 'npa_with_remarks') as npa_with_remarks,
        max(value) filter (where metric = 'appeals_received') as appeals_received,
        max(value) filter (where metric = 'letters_sent') as letters_sent,
        max(value) filter (where metric = 'letters_answered') as letters_answered,
        max(value) filter (where metric = 'members_total') as members_total,
    from mart_period_metrics
    group by period
),

meetings as (
    select
        period,
        sum(present) filter (where body in ('council', 'presidium'))
            / nullif(sum(members_total) filter (where body in ('council', 'presidium')), 0) as council_attendance_rate,
        sum(present) filter (where body not in ('council', 'presidium'))
            / nullif(sum(members_total) filter (where body not in ('council', 'presidium')), 0) as commission_attendance_rate,
        count(*) filter (where not quorum_met) as quorum_missed,
    from mart_meetings
    group by period
),

appeals as (
    select
        period,
        answered as appeals_answered,
        answered_on_time as appeals_answered_on_time,
        on_time_rate as appeals_on_time_rate,
    from mart_appeals
),

letters as (
    select
        period,
        sum(overdue) as letters_overdue,
        count(*) filter (where overdue > 0) as letters_overdue_bodies,
    from mart_letters_followup
    group by period
),

coverage as (
    select
        period,
        count(*) as mandatory_bodies,
        count(*) filter (where heard) as mandatory_heard,
        count(*) filter (where heard) / nullif(count(*), 0) as mandatory_coverage_rate,
    from mart_mandatory_coverage
    group by period
),

final as (
    select
        periods.period,
        metrics.general_meetings,
        metrics.presidium_meetings,
        metrics.commission_meetings,
        meetings.council_attendance_rate,
        meetings.commission_attendance_rate,
        case when covers.meetings then coalesce(meetings.quorum_missed, 0) end as quorum_missed,
        metrics.monitorings,
        metrics.public_hearings,
        metrics.report_hearings,
        metrics.npa_reviewed,
        metrics.npa_with_remarks,
        metrics.appeals_received,
        case when covers.appeals then appeals.appeals_answered end as appeals_answered,
        case when covers.appeals then appeals.appeals_answered_on_time end as appeals_answered_on_time,
        case when covers.appeals then appeals.appeals_on_time_rate end as appeals_on_time_rate,
        metrics.letters_sent,
        metrics.letters_answered,
        case when covers.letters then coalesce(letters.letters_overdue, 0) end as letters_overdue,
        case when covers.letters then coalesce(letters.letters_overdue_bodies, 0) end as letters_overdue_bodies,
        coalesce(coverage.mandatory_bodies, 0) as mandatory_bodies,
        case when covers.activities then coalesce(coverage.mandatory_heard, 0) end as mandatory_heard,
        case when covers.activities then coverage.mandatory_coverage_rate end as mandatory_coverage_rate,
        metrics.members_total,
    from periods
    join covers using (period)
    left join metrics using (period)
    left join meetings using (period)
    left join appeals using (period)
    left join letters using (period)
    left join coverage using (period)
)

select * from final
