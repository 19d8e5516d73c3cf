-- mart_composition: the council's members in the period, as the composition section lists them.
-- grain: one row per period + member_id (members who belonged to the council at some point in the period)
-- on_last_day: still a member on the period's last day (the members_total of mart_period_metrics counts these)
-- joined_in_period, left_in_period: joined_on / left_on falls in the period
with periods as (
    select * from int_periods where period_role = 'current'
),

members as (
    select * from dim_members
),

commissions as (
    select * from cfg_commissions
),

final as (
    select
        periods.period,
        members.member_id,
        members.full_name,
        members.commission,
        commissions.name as commission_name,
        members.role,
        members.sector,
        members.district,
        members.joined_on,
        members.left_on,
        members.left_reason,
        (members.left_on is null or members.left_on > periods.date_to) as on_last_day,
        coalesce(members.joined_on between periods.date_from and periods.date_to, false) as joined_in_period,
        coalesce(members.left_on between periods.date_from and periods.date_to, false) as left_in_period,
    from members
    join periods
        on was_member_during(members.joined_on, members.left_on, periods.date_from, periods.date_to)
    left join commissions on commissions.commission = members.commission
)

select * from final
