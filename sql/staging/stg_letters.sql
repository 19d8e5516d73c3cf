-- stg_letters: the council's letters and recommendations sent to state bodies.
-- grain: one row per raw letters row
with source as (
    select * from raw_letters
),

renamed as (
    select
        trim(letter_id) as letter_id,
        sent_on,
        trim(addressee) as addressee,
        subject,
        related_appeal,
        answered_on,
        commission,
        trim(handled_by) as handled_by,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
