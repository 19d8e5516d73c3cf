-- fct_media: publications and views per platform and month.
-- grain: one row per platform + month (rows for the same pair are added up)
with media as (
    select * from stg_media
),

aggregated as (
    select
        platform,
        month,
        month_start,
        sum(publications) as publications,
        sum(views) as views,
    from media
    group by all
)

select * from aggregated
