-- mart_monitoring_table: public monitorings in the monthly table layout of the council's reports
-- (report-2019.txt): a row per month with the month's count, then a numbered row per monitoring.
-- grain: one row per period + line_no (row_kind 'month': one per month with monitorings;
--   row_kind 'item': one per monitoring, by start date)
-- monthly_count: monitorings that started in that month (on the month row)
-- item_no: the monitoring's number within its month, as the reports number them
-- participants: names of the members who took part (as matched), else the register's text
with periods as (
    select * from int_periods where period_role = 'current'
),

activities as (
    select * from fct_activities
),

participants as (
    select * from fct_activity_participants
),

members as (
    select * from dim_members
),

commissions as (
    select * from cfg_commissions
),

monitorings as (
    select
        periods.period,
        activities.*,
        date_trunc('month', activities.date_start) as month_start,
    from activities
    join periods on activities.date_start between periods.date_from and periods.date_to
    where activities.type = 'monitoring'
),

participant_names as (
    select
        participants.activity_id,
        string_agg(distinct members.full_name, '; ' order by members.full_name) as names,
    from participants
    join members using (member_id)
    group by all
),

items as (
    select
        monitorings.period,
        monitorings.month_start,
        'item' as row_kind,
        cast(row_number() over (partition by monitorings.period, monitorings.month_start
            order by monitorings.date_start, monitorings.activity_id) as integer) as item_no,
        cast(null as integer) as monthly_count,
        monitorings.activity_id,
        monitorings.date_start,
        monitorings.date_end,
        coalesce(commissions.name, monitorings.commission) as council,
        monitorings.title as topic,
        coalesce(participant_names.names, monitorings.participants) as participants,
        monitorings.recommendations,
        monitorings.publicity,
        monitorings.outcome,
    from monitorings
    left join participant_names using (activity_id)
    left join commissions on commissions.commission = monitorings.commission
),

months as (
    select
        period,
        month_start,
        'month' as row_kind,
        cast(null as integer) as item_no,
        cast(count(*) as integer) as monthly_count,
    from items
    group by all
),

unioned as (
    select period, month_start, row_kind, item_no, monthly_count,
        null as activity_id, null as date_start, null as date_end, null as council, null as topic,
        null as participants, null as recommendations, null as publicity, null as outcome,
    from months
    union all by name
    select * from items
),

final as (
    select
        period,
        cast(row_number() over (partition by period order by month_start, row_kind = 'item', item_no) as integer) as line_no,
        row_kind,
        strftime(month_start, '%Y-%m') as month,
        item_no,
        monthly_count,
        council,
        topic,
        participants,
        recommendations,
        publicity,
        outcome,
        cast(date_start as date) as date_start,
        cast(date_end as date) as date_end,
        activity_id,
    from unioned
)

select * from final
