-- stg_npa_reviews: drafts of normative legal acts (NPA) reviewed by the commissions.
-- grain: one row per raw npa_reviews row
with source as (
    select * from raw_npa_reviews
),

renamed as (
    select
        trim(npa_id) as npa_id,
        title,
        source_body,
        received_on,
        reviewed_on,
        commission,
        -- a review without a result, or marked pending, is still pending
        coalesce(result, 'pending') as result,
        trim(author) as author,
        source_file,
        source_sheet,
        source_row,
    from source
)

select * from renamed
