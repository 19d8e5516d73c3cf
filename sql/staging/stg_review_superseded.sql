-- stg_review_superseded: loaded rows a person's review takes out of the counts, so a document's
--   row and the reviewed row standing in its place are never both counted. Decisions are per item,
--   and the latest on an item (decided_at, then decision_id) is the one in force:
--   - a document's row whose item's decision in force rejects it (nothing stands instead) or loaded a
--     reviewed row in its place (row_key), while the document loaded last has the bytes reviewed; a
--     decision that loaded no row and rejects nothing (an "accept" a web page recorded) leaves it standing;
--   - a row a review loaded whose decision a later one on the same item supersedes (another workbook,
--     or a web page, deciding it later), so the item counts once, as decided last;
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
        -- the decision in force on its item: the latest; decision_id orders those stored at one time
        row_number() over (
            partition by review_decisions.document_file, review_decisions.document_hash, review_decisions.item_kind,
                review_decisions.source_line, review_decisions.item_key
            order by review_decisions.decided_at desc, review_decisions.decision_id desc nulls last
        ) = 1 as is_latest
    from review_decisions
    join loaded_documents
        on loaded_documents.source_file = review_decisions.document_file
),

document_rows as (
    -- a candidate loaded no row of its document
    select document_file as source_file, register, source_line, item_key as row_key
    from decisions
    where is_current and is_latest and item_kind <> 'candidate' and (decision = 'reject' or row_key is not null)
),

-- the reviewed row holds the metric it was loaded as, the member chosen, the item_no (row_key)
stale_review_rows as (
    select source_file, register, source_line, row_key
    from decisions
    where not is_current and row_key is not null
),

overruled_review_rows as (
    select source_file, register, source_line, row_key
    from decisions
    where is_current and not is_latest and row_key is not null
),

final as (
    select * from document_rows
    union
    select * from stale_review_rows
    union
    select * from overruled_review_rows
)

select * from final
