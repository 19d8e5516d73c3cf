-- stg_attendance: who was at which meeting, as recorded.
-- grain: one row per raw attendance row (meeting_id + member) that no review takes out (stg_review_superseded)
-- provenance: register | document (a protocol's or report's extract) | reviewed (a person's
--   decision in a review workbook, the row's source_file; the document's line in source_line)
-- member_ref: the member as written (an id or a name in any form; int_member_refs resolves it)
with source as (
    select * from raw_attendance
),

kept as (
    -- a row a person's review takes out of the counts (taken_out_by_review) is left out
    select source.*
    from source
    where not taken_out_by_review('attendance', source.source_file, source.source_line, source.member)
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
