-- stg_bodies: state bodies the council hears and writes to.
-- grain: one row per raw bodies row
with source as (
    select * from raw_bodies
),

renamed as (
    select
        trim(body_id) as body_id,
        trim(name) as name,
        kind,
        coalesce(mandatory, false) as mandatory,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
