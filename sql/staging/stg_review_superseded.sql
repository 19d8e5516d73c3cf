-- stg_review_superseded: loaded rows a person's review takes out of the counts, so a document's
--   row and the reviewed row standing in its place are never both counted:
--   - a document's row a review decided on (accepted or corrected: the reviewed row loads instead;
--     rejected: nothing does), while the document loaded last has the bytes that were reviewed;
--   - a row a review loaded whose decision a later one on the same item supersedes (decisions are per
--     item: another workbook, or a web page, deciding it later), so the item counts once, as decided last;
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
        ) = 1 as is_latest,
        -- the reviewed row holds the metric it was loaded as and the member chosen (row_key); before schema
        -- version 5 only the member differed from the item's key, and was the value
        coalesce(
            review_decisions.row_key,
            case when review_decisions.item_kind in ('attendee', 'absentee') then review_decisions.value else review_decisions.item_key end
        ) as loaded_key
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
    select source_file, register, source_line, loaded_key as row_key
    from decisions
    where not is_current and value is not null
),

overruled_review_rows as (
    select source_file, register, source_line, loaded_key as row_key
    from decisions
    where is_current and not is_latest and value is not null
),

final as (
    select * from document_rows
    union
    select * from stale_review_rows
    union
    select * from overruled_review_rows
)

select * from final
