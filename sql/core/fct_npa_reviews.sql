-- fct_npa_reviews: one row per draft act reviewed.
-- grain: one row per npa_id
-- author_member_id: the member named in author (id or name), when exactly one matches
with reviews as (
    select * from stg_npa_reviews
),

member_lookup as (
    select * from int_member_lookup
),

deduplicated as (
    select *
    from reviews
    qualify row_number() over (partition by npa_id order by source_file, source_row) = 1
),

final as (
    select
        deduplicated.*,
        member_lookup.member_id as author_member_id,
    from deduplicated
    left join member_lookup
        on member_lookup.ref_key = regexp_replace(replace(lower(deduplicated.author), 'ё', 'е'), '\s+', ' ', 'g')
)

select * from final
