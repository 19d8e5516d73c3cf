-- fct_npa_reviews: one row per draft act reviewed.
-- grain: one row per npa_id
-- author_member_id: the member author names (an id or a name in any form), on the day of the
--   review (else of its receipt; int_member_refs); null when it names none or several
with reviews as (
    select * from stg_npa_reviews
),

member_refs as (
    select * from int_member_refs
),

deduplicated as (
    select *
    from reviews
    qualify row_number() over (partition by npa_id order by source_file, source_row) = 1
),

final as (
    select
        deduplicated.*,
        member_refs.member_id as author_member_id,
    from deduplicated
    left join member_refs
        on member_refs.name_ref = deduplicated.author
        and member_refs.on_date is not distinct from coalesce(deduplicated.reviewed_on, deduplicated.received_on)
)

select * from final
