-- mart_metric_change: the headline figures of mart_period_metrics with their change, for the
-- summary sheet, the dashboard cards and the report draft.
-- grain: one row per period + metric (the same rows as mart_period_metrics)
-- value, previous_value, year_ago_value, previous_period, year_ago_period: as in mart_period_metrics
--   (a value is null where its period has no records: no data, not 0; so is every change from it)
-- change: value - previous_value (null when either is missing)
-- change_share: change / previous_value (null when previous_value is 0 or missing)
-- year_ago_change: value - year_ago_value
-- metric_order: the order of the metric ids in DESIGN.md, which is the order of the council's reports
with metrics as (
    select * from mart_period_metrics
),

metric_order as (
    select metric, metric_order
    from (values
        ('general_meetings', 1), ('presidium_meetings', 2), ('commission_meetings', 3),
        ('report_hearings', 4), ('departments_heard', 5), ('subordinate_orgs_heard', 6),
        ('district_akimats_heard', 7), ('public_hearings', 8), ('monitorings', 9),
        ('npa_reviewed', 10), ('npa_approved', 11), ('npa_with_remarks', 12), ('npa_pending', 13),
        ('round_tables', 14), ('dialog_platforms', 15), ('seminars', 16), ('memoranda', 17),
        ('appeals_received', 18), ('appeals_individuals', 19), ('appeals_legal_entities', 20),
        ('appeals_answered', 21), ('letters_sent', 22), ('letters_answered', 23), ('publications', 24),
        ('members_total', 25), ('members_civil', 26), ('members_state', 27), ('members_left', 28),
        ('members_joined', 29), ('commissions', 30)
    ) as listed(metric, metric_order)
),

final as (
    select
        metrics.period,
        metrics.metric,
        coalesce(metric_order.metric_order, 1000) as metric_order,
        metrics.value,
        metrics.previous_value,
        metrics.value - metrics.previous_value as change,
        (metrics.value - metrics.previous_value) / nullif(metrics.previous_value, 0) as change_share,
        metrics.year_ago_value,
        metrics.value - metrics.year_ago_value as year_ago_change,
        metrics.previous_period,
        metrics.year_ago_period,
    from metrics
    left join metric_order using (metric)
)

select * from final
