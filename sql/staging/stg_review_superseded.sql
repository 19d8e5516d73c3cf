-- stg_review_superseded: loaded rows a person's review takes out of the counts, so a document's
--   row and the reviewed row standing in its place are never both counted:
--   - a document's row a review decided on (accepted or corrected: the reviewed row loads instead;
--     rejected: nothing does), while the document loaded last has the bytes that were reviewed;
--   - every row a review loaded once its document was loaded again with other bytes: its line
--     numbers may point at other text now (ingest notes it in document_issues).
-- grain: one row per source_file + register + source_line + row_key
-- register: stated_figures | attendance | votes — the raw table the row is in
-- row_key: what the row holds for the item: the metric, the member (id or name), the item_no
with review_decisions as (
    select * from review_decisions
),

batches as (
    select * from batches
),

loaded_documents as (
    select source_file, file_hash
    from batches
    where note is null
    qualify row_number() over (partition by source_file order by batch_id desc) = 1
),

decisions as (
    select
        review_decisions.*,
        case review_decisions.item_kind
            when 'attendee' then 'attendance'
            when 'absentee' then 'attendance'
            when 'vote' then 'votes'
            else 'stated_figures'
        end as register,
        loaded_documents.file_hash = review_decisions.document_hash as is_current,
    from review_decisions
    join loaded_documents
        on loaded_documents.source_file = review_decisions.document_file
),

document_rows as (
    -- a candidate loaded no row of its document
    select document_file as source_file, register, source_line, item_key as row_key
    from decisions
    where is_current and item_kind <> 'candidate'
),

stale_review_rows as (
    -- the reviewed row holds the member chosen (value), not the name as the document wrote it
    select source_file, register, source_line, case when register = 'attendance' then value else item_key end as row_key
    from decisions
    where not is_current and value is not null
),

final as (
    select * from document_rows
    union
    select * from stale_review_rows
)

select * from final
