-- mart_media: publications and views per platform in the period.
-- grain: one row per period + platform (platforms with a row in the media register for a month
--   of the period)
-- publications: sum over the months of the period
-- views: sum over the months of the period (null when no month gives views)
-- months: months of the period with a row for the platform
with periods as (
    select * from int_periods where period_role = 'current'
),

media as (
    select * from fct_media
),

final as (
    select
        periods.period,
        media.platform,
        sum(media.publications) as publications,
        sum(media.views) as views,
        count(*) as months,
    from media
    join periods on media.month_start between date_trunc('month', periods.date_from) and periods.date_to
    group by all
)

select * from final
