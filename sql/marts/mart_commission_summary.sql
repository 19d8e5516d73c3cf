-- mart_commission_summary: each commission's work in the period — the secretariat's quarterly
-- summary and the dashboard's comparison of commissions.
-- grain: one row per period + commission (every commission of the config)
-- meetings: meetings of that commission held in the period
-- monitorings, public_hearings, report_hearings, round_tables, dialog_platforms, activities:
--   activities of the commission (of that type / all types) that started in the period
-- appeals_received (by received_on), appeals_answered (by answered_on): appeals assigned to the commission
-- members: members of the commission on the period's last day
-- every figure as int_commission_figures defines it (mart_commission_kpi shows the same)
with figures as (
    select * from int_commission_figures
),

final as (
    select
        period,
        commission,
        name as commission_name,
        members,
        meetings,
        activities,
        monitorings,
        public_hearings,
        report_hearings,
        round_tables,
        dialog_platforms,
        appeals_received,
        appeals_answered,
    from figures
    where in_config
)

select * from final
