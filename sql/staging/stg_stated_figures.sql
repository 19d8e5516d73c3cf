-- stg_stated_figures: figures as printed in narrative reports, for reconciliation.
-- grain: one row per raw stated_figures row
-- provenance: register | document (a protocol's or report's extract) | reviewed (a person's
--   decision in a review workbook, the row's source_file; the document's line in source_line)
with source as (
    select * from raw_stated_figures
),

superseded as (
    select * from stg_review_superseded
),

stale_reviews as (
    select * from stg_review_stale
),

kept as (
    -- a document's row a person's review stands in place of is left out (stg_review_superseded),
    -- and so are the rows of a review of other bytes of its document (stg_review_stale)
    select source.*
    from source
    anti join stale_reviews
        on stale_reviews.review_file = source.source_file
    anti join superseded
        on superseded.document_file = source.source_file
        and superseded.source_line = source.source_line
        and superseded.item_kind in ('figure')
        and superseded.item_key = source.metric
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
        case
            when json_extract_string(extra, '$.kenes_provenance') = 'reviewed' then 'reviewed'
            when source_line is not null then 'document'
            else 'register'
        end as provenance,
    from kept
)

select * from renamed
