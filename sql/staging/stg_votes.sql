-- stg_votes: recorded votes on agenda items.
-- grain: one row per raw votes row (meeting_id + item_no)
with source as (
    select * from raw_votes
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
    from source
)

select * from renamed
