-- stg_stated_figures: figures as printed in narrative reports, for reconciliation.
-- grain: one row per raw stated_figures row
with source as (
    select * from raw_stated_figures
),

renamed as (
    select
        period_from,
        period_to,
        trim(metric) as metric,
        value,
        source,
        source_file,
        source_sheet,
        source_row,
        source_line,
    from source
)

select * from renamed
