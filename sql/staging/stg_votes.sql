-- stg_votes: recorded votes on agenda items.
-- grain: one row per raw votes row (meeting_id + item_no) that no review takes out (stg_review_superseded)
-- provenance: register | document (a protocol's or report's extract) | reviewed (a person's
--   decision in a review workbook, the row's source_file; the document's line in source_line)
with source as (
    select * from raw_votes
),

kept as (
    -- a row a person's review takes out of the counts (taken_out_by_review) is left out
    select source.*
    from source
    where not taken_out_by_review('votes', source.source_file, source.source_line, cast(source.item_no as varchar))
),

renamed as (
    select
        trim(meeting_id) as meeting_id,
        item_no,
        motion,
        "for" as votes_for,
        against as votes_against,
        abstain as votes_abstain,
        coalesce(unanimous, false) as unanimous,
        declared,
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
