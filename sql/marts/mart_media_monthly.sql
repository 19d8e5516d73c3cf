-- mart_media_monthly: publications and views per platform and month.
-- grain: one row per period + month + platform (months of the period with a media register row)
-- publications, views: as given for that platform and month (rows for the same pair added up)
with periods as (
    select * from int_periods where period_role = 'current'
),

media as (
    select * from fct_media
),

final as (
    select
        periods.period,
        media.month,
        media.platform,
        media.publications,
        media.views,
    from media
    join periods on media.month_start between date_trunc('month', periods.date_from) and periods.date_to
)

select * from final
