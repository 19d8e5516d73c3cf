-- stg_attendance: who was at which meeting, as recorded.
-- grain: one row per raw attendance row (meeting_id + member)
-- provenance: register | document (a protocol's or report's extract) | reviewed (a person's
--   decision in a review workbook, the row's source_file; the document's line in source_line)
-- member_ref: the member as written (an id or a name in any form; int_member_refs resolves it)
with source as (
    select * from raw_attendance
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
        and superseded.item_kind in ('attendee', 'absentee')
        and superseded.item_key = source.member
),

renamed as (
    select
        trim(meeting_id) as meeting_id,
        trim(member) as member_ref,
        status,
        note,
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
