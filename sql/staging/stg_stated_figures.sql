-- stg_stated_figures: figures as printed in narrative reports, for reconciliation.
-- grain: one row per raw stated_figures row that no review takes out (stg_review_superseded)
-- provenance: register | document (a protocol's or report's extract) | reviewed (a person's
--   decision in a review workbook, the row's source_file; the document's line in source_line)
with source as (
    select * from raw_stated_figures
),

kept as (
    -- a row a person's review takes out of the counts (taken_out_by_review) is left out
    select source.*
    from source
    where not taken_out_by_review('stated_figures', source.source_file, source.source_line, source.metric)
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
