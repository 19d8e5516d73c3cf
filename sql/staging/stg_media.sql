-- stg_media: publications and views per platform and month.
-- grain: one row per raw media row (platform + month)
with source as (
    select * from raw_media
),

renamed as (
    select
        platform,
        month,
        cast(month || '-01' as date) as month_start,
        coalesce(publications, 0) as publications,
        views,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
