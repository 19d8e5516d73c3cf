-- mart_appeals_breakdown: the figures of mart_appeals broken down by applicant type, topic,
--   district and commission.
-- grain: one row per period + dimension (applicant_type | topic | district | commission) + category
--   (categories with at least one appeal counted in the period; a missing value is category null)
-- received, individuals, legal_entities, answered, answered_on_time, on_time_rate,
--   median_working_days, open, open_overdue, open_up_to_4_weeks, open_4_to_8_weeks,
--   open_over_8_weeks: as defined in mart_appeals, for the appeals of that category
with appeal_flags as (
    select * from int_appeal_flags
),

by_dimension as (
    select period, 'applicant_type' as dimension, applicant_type as category, * exclude (period) from appeal_flags
    union all by name
    select period, 'topic' as dimension, topic as category, * exclude (period) from appeal_flags
    union all by name
    select period, 'district' as dimension, district as category, * exclude (period) from appeal_flags
    union all by name
    select period, 'commission' as dimension, commission as category, * exclude (period) from appeal_flags
),

final as (
    select
        period,
        dimension,
        category,
        count(*) filter (where is_received) as received,
        count(*) filter (where is_received and applicant_type = 'individual') as individuals,
        count(*) filter (where is_received and applicant_type = 'legal_entity') as legal_entities,
        count(*) filter (where is_answered) as answered,
        count(*) filter (where is_answered_on_time) as answered_on_time,
        count(*) filter (where is_answered_on_time) / nullif(count(*) filter (where is_answered), 0) as on_time_rate,
        median(answer_working_days) filter (where is_answered) as median_working_days,
        count(*) filter (where is_open) as open,
        count(*) filter (where is_open_overdue) as open_overdue,
        count(*) filter (where open_age_days <= 28) as open_up_to_4_weeks,
        count(*) filter (where open_age_days between 29 and 56) as open_4_to_8_weeks,
        count(*) filter (where open_age_days > 56) as open_over_8_weeks,
    from by_dimension
    group by period, dimension, category
)

select * from final
