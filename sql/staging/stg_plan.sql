-- stg_plan: the work plan, for plan fulfilment.
-- grain: one row per raw plan row
with source as (
    select * from raw_plan
),

renamed as (
    select
        commission,
        type,
        trim(target_body) as target_body,
        upper(trim(planned_quarter)) as planned_quarter,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
