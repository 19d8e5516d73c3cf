-- stg_review_superseded: rows a document loaded that a person's review stands in place of — a
--   reviewed row was loaded instead (accepted, corrected) or the row was rejected — so a document
--   row and its reviewed row are never both counted.
-- grain: one row per document_file + item_kind + source_line + item_key with a decision
-- A decision counts only while the document loaded last has the bytes that were reviewed
-- (document_hash): a review of an older version takes no row of the new one out.
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

final as (
    select distinct
        review_decisions.document_file,
        review_decisions.item_kind,
        review_decisions.source_line,
        review_decisions.item_key,
    from review_decisions
    join loaded_documents
        on loaded_documents.source_file = review_decisions.document_file
        and loaded_documents.file_hash = review_decisions.document_hash
    where review_decisions.item_kind in ('figure', 'attendee', 'absentee', 'vote')
)

select * from final
