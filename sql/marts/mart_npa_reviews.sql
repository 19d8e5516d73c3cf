-- mart_npa_reviews: the dated list of draft normative legal acts (NPA) the council reviewed or holds.
-- grain: one row per period + npa_id (reviewed in the period, or received by its end and still pending then)
-- in_npa_reviewed: counted in npa_reviewed of mart_period_metrics (a result, reviewed in the period)
with periods as (
    select * from int_periods where period_role = 'current'
),

npa as (
    select * from fct_npa_reviews
),

final as (
    select
        periods.period,
        npa.npa_id,
        npa.title,
        npa.source_body,
        npa.received_on,
        npa.reviewed_on,
        npa.commission,
        case when npa.reviewed_on > periods.date_to then 'pending' else npa.result end as result,
        (npa.result <> 'pending' and npa.reviewed_on between periods.date_from and periods.date_to) as in_npa_reviewed,
        npa.source_file,
        npa.source_row,
    from npa
    join periods
        on (npa.result <> 'pending' and npa.reviewed_on between periods.date_from and periods.date_to)
        or (coalesce(npa.received_on, npa.reviewed_on, periods.date_to) <= periods.date_to
            and (npa.result = 'pending' or npa.reviewed_on > periods.date_to))
)

select * from final
