-- stg_appeals: citizens' and organisations' appeals to the council.
-- grain: one row per raw appeals row
-- applicant, contact, summary are personal data: they stop here and never reach a mart.
with source as (
    select * from raw_appeals
),

renamed as (
    select
        trim(appeal_id) as appeal_id,
        received_on,
        applicant_type,
        channel,
        topic,
        district,
        commission,
        trim(addressed_to) as addressed_to,
        status,
        answered_on,
        extended_to,
        trim(handled_by) as handled_by,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
