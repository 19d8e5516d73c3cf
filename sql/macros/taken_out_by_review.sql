-- taken_out_by_review(register_id, file, line, key): whether a loaded row is one a person's review
--   takes out of the counts (stg_review_superseded: a document's row replaced by the reviewer's
--   decision) — by its register, source file, document line and key (a member, an item, a metric).
--   The staging models of the rows a review can decide (attendance, votes, stated figures) leave
--   those out with it.
create or replace temp macro taken_out_by_review(register_id, file, line, key) as exists (
    select 1
    from stg_review_superseded as superseded
    where superseded.register = register_id
        and superseded.source_file = file
        and superseded.source_line = line
        and superseded.row_key = key
)
