-- stg_review_stale: reviews whose document was loaded again with other bytes since: their line
--   numbers may point at other text now, so the rows they loaded are not counted (and they take
--   no document row out, stg_review_superseded) until the document is reviewed again.
-- grain: one row per review (source_file of review_decisions)
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
    select distinct review_decisions.source_file as review_file,
    from review_decisions
    join loaded_documents
        on loaded_documents.source_file = review_decisions.document_file
        and loaded_documents.file_hash <> review_decisions.document_hash
)

select * from final
